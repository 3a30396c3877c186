import type { Locale } from "../i18n/locales";

/**
 * Where a language version registered without a URL of its own can be read: the official document system,
 * found by symbol and language. Each deployment may point elsewhere with PLENARY_DOCUMENTS_URL, a template in
 * which "{lang}" and "{symbol}" are replaced (the symbol keeps its slashes, each part escaped).
 */
export const DEFAULT_DOCUMENTS_URL = "https://undocs.org/{lang}/{symbol}";

export function documentsUrlTemplate(setting: string | undefined = process.env.PLENARY_DOCUMENTS_URL): string {
  const template = setting?.trim();
  return template && /^https?:\/\//.test(template) && template.includes("{symbol}") ? template : DEFAULT_DOCUMENTS_URL;
}

export function officialDocumentUrl(symbol: string, lang: Locale, template: string = documentsUrlTemplate()): string {
  const path = symbol.split("/").map(encodeURIComponent).join("/");
  return template.replaceAll("{lang}", lang).replaceAll("{symbol}", path);
}

export interface VersionLink {
  locale: Locale;
  /** Where to read it, or null when the reader may not have the link (Restricted distribution). */
  url: string | null;
  /** True when the link is the official document system's, not a URL registered for this version. */
  official: boolean;
}

/** The link a reader gets for one language version that exists. */
export function versionLink(
  symbol: string,
  version: { locale: Locale; url: string | null },
  hidden: boolean,
  template?: string,
): VersionLink {
  if (hidden) return { locale: version.locale, url: null, official: false };
  if (version.url) return { locale: version.locale, url: version.url, official: false };
  return { locale: version.locale, url: officialDocumentUrl(symbol, version.locale, template), official: true };
}
