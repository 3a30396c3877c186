import type { LocalizedText } from "../i18n/localized-text";
import { LOCALES, type Locale } from "../i18n/locales";
import { fieldState, toTranslationStates } from "./completeness";

/**
 * What a public page may show of one field: the row's original language always, another language only once its
 * translation was checked and marked FINAL. A draft stays in the workspace; the reader gets the original with the
 * "not yet translated" marker instead, exactly as if no translation existed.
 */
export function publishedText(
  text: LocalizedText,
  field: string,
  states: unknown,
  originalLanguage: Locale,
): LocalizedText {
  const value = { field, text, states: toTranslationStates(states), originalLanguage };
  const result: LocalizedText = {};
  for (const locale of LOCALES) {
    const written = text[locale];
    if (written !== undefined && fieldState(value, locale) === "FINAL") result[locale] = written;
  }
  return result;
}
