/**
 * Shape of an imported "provisional agenda and annotations". It mirrors
 * prisma/seed-data/ctoc-cop-wg4-2018-1.expected.json (one language at a time) so a
 * draft session can be created from it without another mapping layer.
 */

export const IMPORT_LANGUAGES = ["zh", "en", "fr", "es", "ru", "ar"] as const;
export type ImportLanguage = (typeof IMPORT_LANGUAGES)[number];

export const DOCUMENT_KINDS = [
  "provisional agenda and annotations",
  "background paper",
  "conference room paper",
  "report",
  "note by the Secretariat",
  "other",
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export type ImportedDocument = {
  /** canonical symbol as returned by parseSymbol */
  symbol: string;
  kind: DocumentKind;
  issuedBy: string | null;
  title: string | null;
  /** the entry of the documentation list without its symbol */
  description: string;
};

export type ImportedItem = {
  /** "1", "1(a)", "1(a)(i)", or "II" / "II(a)" for bodies that number items in Roman numerals */
  number: string;
  title: string;
  /** paragraphs, joined across the line and page breaks of the extracted text */
  annotation: string[];
  documents: ImportedDocument[];
  subItems: ImportedItem[];
};

export type ImportedSlot = {
  /** ISO date, or "" when no year could be found anywhere in the document */
  date: string;
  /** English weekday name, whatever the language of the document */
  weekday: string;
  /** "HH:MM", 24-hour clock */
  start: string;
  end: string;
  /** item numbers in the order the table lists them */
  items: string[];
  /** the subset of items marked "(continued)" in this slot */
  continued: string[];
};

/**
 * Codes rather than sentences so the UI can translate them; messages live in
 * lib/i18n/messages/<locale>/importer.json. Line 0 means "the whole document".
 */
export const IMPORT_WARNING_CODES = [
  "input-truncated",
  "unreadable-characters",
  "language-not-detected",
  "no-agenda-found",
  "no-annotations-found",
  "no-annex-found",
  "session-dates-not-found",
  "ambiguous-paragraph-break",
  "invalid-symbol",
  "documentation-entry-without-symbol",
  "item-out-of-sequence",
  "duplicate-item",
  "numbering-recovered",
  "agenda-line-ignored",
  "item-not-annotated",
  "annex-item-not-on-agenda",
  "annex-line-not-understood",
  "unrecognised-date",
  "unrecognised-time",
  "weekday-mismatch",
  "internal-error",
] as const;
export type ImportWarningCode = (typeof IMPORT_WARNING_CODES)[number];

/**
 * The params each warning carries. Messages may also use {line}: callers pass the
 * warning's line along with its params when they format it.
 */
export const IMPORT_WARNING_PARAMS: Readonly<Record<ImportWarningCode, readonly string[]>> = {
  "input-truncated": ["limit"],
  "unreadable-characters": ["count"],
  "language-not-detected": [],
  "no-agenda-found": [],
  "no-annotations-found": [],
  "no-annex-found": [],
  "session-dates-not-found": [],
  "ambiguous-paragraph-break": [],
  "invalid-symbol": ["text", "error"],
  "documentation-entry-without-symbol": ["text"],
  "item-out-of-sequence": ["number", "expected"],
  "duplicate-item": ["number"],
  "numbering-recovered": [],
  "agenda-line-ignored": ["text"],
  "item-not-annotated": ["number"],
  "annex-item-not-on-agenda": ["number"],
  "annex-line-not-understood": ["text"],
  "unrecognised-date": ["text"],
  "unrecognised-time": ["text"],
  "weekday-mismatch": ["text"],
  "internal-error": [],
};

export type ImportWarning = {
  /** 1-based line of the input; 0 when the warning is about the document as a whole */
  line: number;
  code: ImportWarningCode;
  params?: Record<string, string | number>;
};

export type ImportResult = {
  language: ImportLanguage | null;
  body: { name: string | null; symbolPrefix: string | null };
  session: {
    ordinal: number | null;
    title: string | null;
    venue: string | null;
    startDate: string | null;
    endDate: string | null;
    /** local time at the venue, "2018-07-02T10:00" */
    opensAt: string | null;
    /** the document's own title, e.g. 临时议程说明 / Provisional agenda and annotations */
    documentTitle: string | null;
  };
  items: ImportedItem[];
  referencedInAnnotations: { documents: string[]; resolutions: string[] };
  organizationOfWork: ImportedSlot[];
  warnings: ImportWarning[];
};

/** Collects warnings; passed down so every module reports against input line numbers. */
export type Warn = (line: number, code: ImportWarningCode, params?: Record<string, string | number>) => void;
