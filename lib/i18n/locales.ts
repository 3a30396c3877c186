import { LANGUAGE_NAMES } from "./un-names";

/** The six official languages of the United Nations, in the order the UN lists them (alphabetical in English). */
export const LOCALES = ["ar", "zh", "en", "fr", "ru", "es"] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "en";

/** Languages whose script runs right to left. */
const RTL_LOCALES: ReadonlySet<Locale> = new Set(["ar"]);

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function textDirection(locale: Locale): "rtl" | "ltr" {
  return RTL_LOCALES.has(locale) ? "rtl" : "ltr";
}

/** Each language's own name, as a language picker shows it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  ar: "العربية",
  zh: "中文",
  en: "English",
  fr: "Français",
  ru: "Русский",
  es: "Español",
};

/** Chinese runs words together; the other official languages separate them ("victims (continued)" vs "权利（续）"). */
export function wordSeparator(locale: Locale): string {
  return locale === "zh" ? "" : " ";
}

/** A language code as stored or requested, read defensively: anything that is not one of the six counts as English. */
export function asLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/**
 * A language's name in the reader's language ("French", "法文"), as labels and running text need it: the UN's own
 * names among the six languages (un-names.ts), ICU's for any other reader.
 */
export function languageName(readerLocale: string, lang: Locale): string {
  if (isLocale(readerLocale)) return LANGUAGE_NAMES[readerLocale][lang];
  try {
    return new Intl.DisplayNames([readerLocale], { type: "language" }).of(lang) ?? LOCALE_NAMES[lang];
  } catch {
    return LOCALE_NAMES[lang];
  }
}
