import { pickText, type LocalizedText, type PickedText } from "./localized-text";
import type { Locale } from "./locales";
import { venueIn } from "./un-names";

/**
 * The venue as a reader sees it: their own language's text, else the UN name of a known city in their language
 * (Vienne, Viena, Вена, فيينا), else along the fallback chain like any other text.
 */
export function pickVenue(
  venue: LocalizedText,
  locale: Locale,
  originalLanguage: Locale,
  workingLanguages?: readonly Locale[],
): PickedText | null {
  const named = venueIn(venue, locale);
  return named
    ? { text: named, lang: locale, isFallback: false }
    : pickText(venue, locale, originalLanguage, workingLanguages);
}
