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
