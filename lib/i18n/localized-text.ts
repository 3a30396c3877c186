import { z } from "zod";
import { chooseText, fallbackChain } from "./fallback-chain";
import { isLocale, LOCALES, type Locale } from "./locales";

/** A human-readable field in up to six languages, as stored in the database: { "zh": "…", "en": "…" }. */
export type LocalizedText = Partial<Record<Locale, string>>;

export const localizedTextSchema = z.partialRecord(z.enum(LOCALES), z.string());

/** Reads a stored JSON value defensively: unknown keys and non-string values are dropped, never trusted. */
export function toLocalizedText(value: unknown): LocalizedText {
  const result: LocalizedText = {};
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, text] of Object.entries(value)) {
      if (isLocale(key) && typeof text === "string" && text.trim() !== "") result[key] = text;
    }
  }
  return result;
}

export interface PickedText {
  text: string;
  /** The language the text is actually in. */
  lang: Locale;
  /** True when the requested language had no text and another language was shown instead. */
  isFallback: boolean;
}

/**
 * The text to show in `locale`, along the fallback chain (fallback-chain.ts): that language when present, else the
 * working languages (English unless said otherwise), else the original language, else any language at all. Null
 * only when the field is empty in every language.
 */
export function pickText(
  text: LocalizedText,
  locale: Locale,
  originalLanguage: Locale,
  workingLanguages?: readonly Locale[],
): PickedText | null {
  const chosen = chooseText(text, fallbackChain(locale, originalLanguage, workingLanguages));
  return chosen ? { ...chosen, isFallback: chosen.lang !== locale } : null;
}

/** How a body is offered in a picker: its symbol prefix, then its name in the reader's language. */
export function bodyLabel(
  body: { symbolPrefix: string; name: LocalizedText; originalLanguage: Locale },
  locale: Locale,
): string {
  return `${body.symbolPrefix} — ${pickText(body.name, locale, body.originalLanguage)?.text ?? ""}`;
}

/**
 * A stored field with one language's text replaced, or that language removed when the text is empty. The other
 * languages stay exactly as stored, even ones this code would not read, so an edit never loses someone's text.
 */
export function withText(stored: unknown, lang: Locale, text: string): { [lang: string]: string } {
  const next: { [lang: string]: string } =
    stored && typeof stored === "object" && !Array.isArray(stored) ? { ...(stored as { [lang: string]: string }) } : {};
  if (text) next[lang] = text;
  else delete next[lang];
  return next;
}
