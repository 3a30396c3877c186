/**
 * Character limits of the long texts people type. The schemas enforce them and the forms count towards them,
 * so both read them from here (this module has no dependencies, so client forms can import it cheaply).
 */
export const TEXT_LIMITS = {
  sessionTitle: 500,
  venue: 200,
  itemTitle: 500,
  annotation: 20_000,
  documentTitle: 1000,
  documentDescription: 2000,
  /** The title of a session's agenda document ("Provisional agenda and annotations"). */
  agendaDocumentTitle: 300,
} as const;
