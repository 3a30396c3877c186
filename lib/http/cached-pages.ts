import { LOCALES } from "../i18n/locales";

/**
 * The pages served from the page cache, the same bytes for every reader (app/…/page.tsx with `revalidate`).
 * Their scripts cannot carry a per-response nonce, and no shared cache in front may keep them: only this
 * server knows when a write made them stale.
 */
const LOCALE = `(?:${LOCALES.join("|")})`;
const CACHED_PAGE = new RegExp(`^/${LOCALE}(?:/sessions/[^/]+|/years/[^/]+|/journal/[^/]+)?/?$`);
// Pages under a session's address that are not the public page itself.
const NOT_CACHED = /\/(?:console)\/?$/;

export function isCachedPage(pathname: string): boolean {
  return CACHED_PAGE.test(pathname) && !NOT_CACHED.test(pathname);
}

/**
 * Browsers and shared caches must ask again every time (cheap: the server answers from memory), so that a
 * page is never older than the last write plus the moment it takes to reach every instance.
 */
export const CACHED_PAGE_CACHE_CONTROL = "public, max-age=0, must-revalidate";
