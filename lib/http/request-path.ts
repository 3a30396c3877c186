import { safeRedirectPath } from "./redirect-target";

/**
 * The header in which proxy.ts tells server components which page was asked for: a layout or a loader
 * cannot otherwise know its own address. The proxy always overwrites it, so a client cannot choose it.
 */
export const REQUEST_PATH_HEADER = "x-plenary-path";

// The client router's cache-busting parameter says nothing about the page.
const ROUTER_PARAMS = ["_rsc"];

/** The page a request is for, as a same-site path fit to come back to after signing in; null if none. */
export function pagePathOf(url: URL): string | null {
  const search = new URLSearchParams(url.search);
  for (const name of ROUTER_PARAMS) search.delete(name);
  const query = search.toString();
  return safeRedirectPath(`${url.pathname}${query ? `?${query}` : ""}`);
}
