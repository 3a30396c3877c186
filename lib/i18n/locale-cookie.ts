import { isLocale, type Locale } from "./locales";

/**
 * The language a reader chose with the language switcher, remembered for a year so that "/" sends them back to
 * it rather than to what their browser's Accept-Language says. The name is next-intl's usual one. Only the root
 * redirect reads it: the pages themselves stay the same for everyone (their language is in the address).
 */
export const LOCALE_COOKIE = "NEXT_LOCALE";
const ONE_YEAR = 60 * 60 * 24 * 365;

/** The remembered language, or null when there is none or it is not one of the six. */
export function rememberedLocale(value: string | null | undefined): Locale | null {
  return value && isLocale(value) ? value : null;
}

/** The document.cookie assignment that remembers `locale` for the whole site. */
export function localeCookie(locale: Locale, secure: boolean): string {
  return `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax${secure ? "; Secure" : ""}`;
}
