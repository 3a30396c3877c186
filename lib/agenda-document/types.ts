import type { Locale } from "../i18n/locales";

/**
 * The annotated provisional agenda as a document, resolved for one language: what the print view, the PDF and the
 * Word file all lay out. Built by build.ts from the public session, so all three say exactly the same.
 */

export interface DocumentText {
  text: string;
  /** The language the text is in; differs from the document's when no final translation exists yet. */
  lang: Locale;
}

export interface AgendaEntry {
  id: string;
  /** "1.", "(a)", "a)", "1 -" as the agenda list prints it */
  label: string;
  depth: number;
  title: DocumentText | null;
  /** What closes the entry in the list, as UN agendas punctuate them: ":" before sub-items, ";" between, "." last. */
  end: string;
  children: AgendaEntry[];
}

export interface DocumentationEntry {
  symbol: string;
  /** How the documentation list describes the document (its description, else its title). */
  description: DocumentText | null;
}

export interface AnnotationBlock {
  id: string;
  label: string;
  depth: number;
  title: DocumentText | null;
  /** Markdown paragraphs, in order. */
  paragraphs: DocumentText[];
  documentation: DocumentationEntry[];
}

export interface AnnexRow {
  /** "10 a.m.–1 p.m." on the first row of a slot, null on the rows after it */
  time: string | null;
  number: string;
  title: DocumentText | null;
  continued: boolean;
}

export interface AnnexDay {
  heading: string;
  rows: AnnexRow[];
}

export interface AgendaDocument {
  locale: Locale;
  dir: "ltr" | "rtl";
  masthead: {
    organization: string;
    symbol: string | null;
    /** The parent body, printed as the organ under the masthead's rule. */
    organ: DocumentText | null;
    distribution: string;
    issued: string | null;
    /** The language the distribution block is written in: English in Arabic, Chinese and Russian documents. */
    lang: Locale;
    /** The language of this version, as the masthead names it ("Chinese"). */
    language: string;
    original: string;
  };
  bodyName: DocumentText | null;
  sessionName: string;
  sessionPlace: string;
  title: DocumentText | null;
  footnotes: DocumentText[];
  agendaHeading: string;
  agenda: AgendaEntry[];
  annotationsHeading: string;
  documentationHeading: string;
  annotations: AnnotationBlock[];
  annex: {
    label: string;
    title: string;
    columns: [string, string, string];
    continued: string;
    days: AnnexDay[];
  } | null;
  /** Languages shown where this one has no final text yet, in the order of the fallback chain. */
  fallbackLanguages: Locale[];
  /** "Parts of this document are not yet available in French; shown in English." or null */
  fallbackNotice: string | null;
}
