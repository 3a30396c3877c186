import type { LocalizedText } from "../i18n/localized-text";
import type { PublicDocument } from "../documents/types";
import type { Locale } from "../i18n/locales";
import type { PublicRevision } from "../revisions/types";
import type { MeetingState } from "./meeting-state";

export type SessionStatus = "DRAFT" | "PROVISIONAL" | "ADOPTED" | "CLOSED";
export type ItemStatus = "PENDING" | "UNDER_CONSIDERATION" | "ADOPTED" | "CONCLUDED" | "DEFERRED";
export type SessionTerm = "SESSION" | "MEETING";

/** Calendar dates are "YYYY-MM-DD" strings: a session's dates are days in its own time zone, not instants. */
export type IsoDate = string;

export interface BodySummary {
  id: string;
  name: LocalizedText;
  symbolPrefix: string;
  sessionTerm: SessionTerm;
  originalLanguage: Locale;
  /** Languages shown, in order, where the reader's has no final text, before the original. */
  workingLanguages: Locale[];
}

export interface PublicSessionSummary {
  slug: string;
  ordinal: number;
  title: LocalizedText;
  venue: LocalizedText;
  timeZone: string;
  startDate: IsoDate;
  endDate: IsoDate;
  status: SessionStatus;
  originalLanguage: Locale;
  body: BodySummary & { parent: BodySummary | null };
}

export interface PublicAgendaItem {
  id: string;
  parentId: string | null;
  position: number;
  title: LocalizedText;
  annotation: LocalizedText;
  status: ItemStatus;
  documentIds: string[];
}

export interface PublicTimeSlot {
  id: string;
  date: IsoDate;
  startMinutes: number;
  endMinutes: number;
  itemIds: string[];
  /** When the slot last changed (ISO instant): calendar feeds date their events with it. */
  updatedAt: string;
}

export interface PublicSession extends PublicSessionSummary {
  id: string;
  /** Where the meeting stands: statuses, the item under consideration, times; live pages keep it current. */
  meeting: MeetingState;
  /** The symbol of the text in force: the original's, or its latest revision's ("…/Rev.1"). */
  agendaSymbol: string | null;
  /** The day the text in force was issued, when it is a revision; null for the original. */
  revisedOn: IsoDate | null;
  /** Revisions and corrigenda, newest first, each with its changelog. */
  revisions: PublicRevision[];
  documentTitle: LocalizedText;
  plenaryMeetings: number;
  interpretationLanguages: Locale[];
  notes: Array<{ kind: "BUREAU_DECISION" | "OTHER"; date: IsoDate | null; text: LocalizedText }>;
  items: PublicAgendaItem[];
  documents: PublicDocument[];
  slots: PublicTimeSlot[];
}

export type { PublicDocument };
