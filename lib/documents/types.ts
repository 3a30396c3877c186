import type { LocalizedText } from "../i18n/localized-text";
import type { Locale } from "../i18n/locales";
import type { VersionLink } from "./official-link";

/** The kinds of document the registry knows, as in the DocumentKind enum of the schema. */
export const DOCUMENT_KINDS = [
  "PROVISIONAL_AGENDA",
  "BACKGROUND_PAPER",
  "CONFERENCE_ROOM_PAPER",
  "NOTE_BY_SECRETARIAT",
  "REPORT",
  "RESOLUTION",
  "DRAFT_RESOLUTION",
  "DECISION",
  "INFORMATION_DOCUMENT",
  "WORKING_PAPER",
  "OTHER",
] as const;

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** From the widest to the narrowest circulation; Restricted links are hidden from anonymous readers. */
export const DISTRIBUTIONS = ["GENERAL", "LIMITED", "RESTRICTED"] as const;

export type Distribution = (typeof DISTRIBUTIONS)[number];

/** A document as the public reads it: final translations only, links as this reader may have them. */
export interface PublicDocument {
  id: string;
  symbol: string;
  kind: string;
  distribution: Distribution;
  title: LocalizedText;
  description: LocalizedText;
  issuedBy: LocalizedText;
  /** "YYYY-MM-DD" */
  issuedOn: string | null;
  originalLanguage: Locale;
  /**
   * Language versions that exist; `url` is null when the distribution hides it from this reader, and the official
   * document system's address (`official`) when the version was registered without one.
   */
  versions: VersionLink[];
}
