/**
 * Where to send someone after signing in or out, when the address came from the request (?next=,
 * ?callbackUrl=): only a path on this site, written in plain ASCII. A newline or a non-Latin character would
 * otherwise reach the Location header, which Node refuses with a 500 after the sign-in cookie is already
 * set; another host would make the sign-in page an open redirect.
 */

const BASE = "http://plenary.invalid";

/** The same path as a safe relative address ("/zh/admin/会议" → "/zh/admin/%E4%BC%9A%E8%AE%AE"), or null. */
export function safeRedirectPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return null;
  // Controls and spaces are refused, not dropped as the URL parser would ("/\n/evil.example" is "//evil.example").
  if (!value.startsWith("/") || /[\u0000-\u0020\u007F-\u009F\\]/u.test(value) || value.startsWith("//")) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil.example" normalises to "//evil.example", which a browser reads as another host.
  if (path.startsWith("//") || !/^\/[\u0021-\u007E]*$/.test(path)) return null;
  return path;
}

/**
 * A callback address given to the sign-in endpoints as a relative path: a path as above, or a full address on
 * `origin` (reduced to its path). Null for anything else, which the caller drops.
 */
export function sameOriginPath(value: unknown, origins: readonly string[]): string | null {
  if (typeof value !== "string") return null;
  if (value.startsWith("/")) return safeRedirectPath(value);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (!origins.includes(url.origin)) return null;
  return safeRedirectPath(`${url.pathname}${url.search}${url.hash}`);
}
