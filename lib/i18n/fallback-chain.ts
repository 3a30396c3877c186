import { LOCALES, type Locale } from "./locales";
import type { LocalizedText } from "./localized-text";

/**
 * Which language a reader sees a text in when their own has no final translation yet: their language, then the
 * body's working languages in order (English first unless the body says otherwise), then the text's original,
 * then any language at all so that a text is never hidden.
 */
export const DEFAULT_WORKING_LANGUAGES: readonly Locale[] = ["en"];

export function fallbackChain(
  reader: Locale,
  original: Locale,
  workingLanguages: readonly Locale[] = DEFAULT_WORKING_LANGUAGES,
): Locale[] {
  return [...new Set<Locale>([reader, ...workingLanguages, original, ...LOCALES])];
}

export interface ChosenText {
  text: string;
  lang: Locale;
}

/** The first language of the chain with text, or null when the field is empty in every language. */
export function chooseText(text: LocalizedText, chain: readonly Locale[]): ChosenText | null {
  for (const lang of chain) {
    const value = text[lang];
    if (value) return { text: value, lang };
  }
  return null;
}

/** The languages shown in place of the reader's, in order of first use, for a one-line notice per section. */
export function substituteLanguages(texts: ReadonlyArray<ChosenText | null>, reader: Locale): Locale[] {
  return [...new Set(texts.flatMap((text) => (text && text.lang !== reader ? [text.lang] : [])))];
}
