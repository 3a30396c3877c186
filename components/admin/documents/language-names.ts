import { LOCALE_NAMES, type Locale } from "@/lib/i18n/locales";

/** A language's name in the reader's language ("French", "法文"), as labels and running text need it. */
export function languageName(readerLocale: string, lang: Locale): string {
  try {
    return new Intl.DisplayNames([readerLocale], { type: "language" }).of(lang) ?? LOCALE_NAMES[lang];
  } catch {
    return LOCALE_NAMES[lang];
  }
}
