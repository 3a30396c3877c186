import type { LocalizedText } from "../i18n/localized-text";
/** "YYYY-MM-DD": a day in the session's time zone. */
type IsoDate = string;

export type IssueKind = "ORIGINAL" | "REVISION" | "CORRIGENDUM";

/**
 * What an issue of the agenda fixes, as the rows held it when issued: every language and its translation states, so
 * that a translation made final later still reaches the public when the text it translates has not changed since.
 */
export interface IssuedItem {
  id: string;
  parentId: string | null;
  position: number;
  title: LocalizedText;
  annotation: LocalizedText;
  translationStates: Record<string, string>;
  documentIds: string[];
}

export interface IssuedSlot {
  id: string;
  date: IsoDate;
  startMinutes: number;
  endMinutes: number;
  itemIds: string[];
  updatedAt: string;
}

export interface IssuedNote {
  kind: "BUREAU_DECISION" | "OTHER";
  date: IsoDate | null;
  text: LocalizedText;
}

export interface IssuedContent {
  title: LocalizedText;
  venue: LocalizedText;
  documentTitle: LocalizedText;
  /** The session row's translation states (title, venue, documentTitle). */
  translationStates: Record<string, string>;
  startDate: IsoDate;
  endDate: IsoDate;
  plenaryMeetings: number;
  interpretationLanguages: string[];
  notes: IssuedNote[];
  items: IssuedItem[];
  slots: IssuedSlot[];
}

/** What the lists of sessions read of an issue: the header of its content, nothing else. */
export type IssuedHeader = Pick<IssuedContent, "title" | "venue" | "startDate" | "endDate" | "translationStates">;

/** A meeting slot as a reader places it: "the afternoon of 2 July". */
export interface SlotRef {
  date: IsoDate;
  startMinutes: number;
  endMinutes: number;
}

/** An item as the changelog names it: its number (path, e.g. [1, 2] for 1(b)) and title at the time. */
export interface ItemRef {
  path: number[];
  title: LocalizedText;
}

export const REVISION_CHANGE_KINDS = [
  "item-added",
  "item-removed",
  "item-retitled",
  "item-moved",
  "annotation-changed",
  "documentation-changed",
  "item-rescheduled",
  "slot-added",
  "slot-removed",
  "slot-changed",
  "dates-changed",
  "venue-changed",
  "title-changed",
  "document-title-changed",
  "notes-changed",
] as const satisfies ReadonlyArray<RevisionChange["kind"]>;

/** One line of a revision's changelog; language-neutral, written out in the reader's language. */
export type RevisionChange =
  | { kind: "item-added"; item: ItemRef }
  | { kind: "item-removed"; item: ItemRef }
  | { kind: "item-retitled"; item: ItemRef; before: LocalizedText }
  | { kind: "item-moved"; item: ItemRef; from: number[] }
  | { kind: "annotation-changed"; item: ItemRef }
  | { kind: "documentation-changed"; item: ItemRef; added: string[]; removed: string[] }
  | { kind: "item-rescheduled"; item: ItemRef; slots: SlotRef[] }
  | { kind: "slot-added"; slot: SlotRef }
  | { kind: "slot-removed"; slot: SlotRef }
  | { kind: "slot-changed"; from: SlotRef; to: SlotRef }
  | { kind: "dates-changed"; startDate: IsoDate; endDate: IsoDate }
  | { kind: "venue-changed"; venue: LocalizedText }
  | { kind: "title-changed" }
  | { kind: "document-title-changed" }
  | { kind: "notes-changed" };

/** A revision or corrigendum as the public page lists it. */
export interface PublicRevision {
  kind: Exclude<IssueKind, "ORIGINAL">;
  number: number;
  symbol: string | null;
  /** The day of issue in the session's time zone. */
  issuedOn: IsoDate;
  changes: RevisionChange[];
}

/** What the workspace shows of a published session: the latest issue and what issuing now would change. */
export interface PendingRevision {
  latest: { kind: IssueKind; number: number; symbol: string | null; issuedOn: IsoDate; sequence: number };
  changes: RevisionChange[];
  nextRevisionSymbol: string | null;
  nextCorrigendumSymbol: string | null;
}
