import { capitalizeFirst } from "@/lib/i18n/format";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { unLanguageName } from "@/lib/i18n/un-names";

/** The six languages named in the reader's language, as a label stands alone ("Espagnol", "Anglais"). */
export function languageChoices(locale: Locale): Array<{ code: Locale; name: string }> {
  return LOCALES.map((code) => ({ code, name: capitalizeFirst(unLanguageName(locale, code), locale) }));
}
