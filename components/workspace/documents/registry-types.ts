import type { RegistryDocument } from "@/lib/documents/data";
import type { PickedText } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/locales";

/** What the server prepares for the client registry: agenda numbers and titles already in the reader's language. */

export interface ItemChoice {
  id: string;
  /** The derived number as cited, e.g. "1(a)". */
  number: string;
  depth: number;
  title: PickedText | null;
  documentCount: number;
}

export interface MentionChoice {
  symbol: string;
  itemNumbers: string[];
}

export interface RegistryContext {
  sessionId: string;
  /** The session's original language: the language the form's texts are written in. */
  lang: Locale;
  bodyPrefix: string;
  items: ItemChoice[];
}

export type { RegistryDocument };
