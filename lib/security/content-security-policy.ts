/**
 * The Content-Security-Policy of every page. Scripts run only with this response's nonce ('strict-dynamic'
 * lets those scripts load Next's chunks), so an injected <script> or inline handler never runs even if some
 * text slipped past the sanitiser. Cached public pages (nonce null) are the same bytes for every reader, so
 * they allow this site's scripts and inline scripts; they render no text that is not escaped or sanitised,
 * and take no input. Styles allow inline attributes: React and dnd-kit set `style`, and CSS
 * cannot run code. No 'unsafe-eval' outside development (React's dev tooling needs it there).
 */
export interface PolicyOptions {
  nonce: string | null;
  development?: boolean;
  /** Served over HTTPS: ask browsers to upgrade any stray http: sub-resource. */
  https?: boolean;
  /** Where sign-in forms may post to besides this site (the single sign-on provider). */
  signInOrigins?: readonly string[];
}

export function contentSecurityPolicy({
  nonce,
  development = false,
  https = false,
  signInOrigins = [],
}: PolicyOptions): string {
  const directives: Array<[string, ...string[]]> = [
    ["default-src", "'self'"],
    [
      "script-src",
      "'self'",
      ...(nonce ? [`'nonce-${nonce}'`, "'strict-dynamic'"] : ["'unsafe-inline'"]),
      ...(development ? ["'unsafe-eval'"] : []),
    ],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'", "data:"],
    ["connect-src", "'self'", ...(development ? ["ws:", "wss:"] : [])],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'", ...signInOrigins],
    ["frame-ancestors", "'none'"],
  ];
  if (https) directives.push(["upgrade-insecure-requests"]);
  return directives.map((parts) => parts.join(" ")).join("; ");
}

/** A fresh, unguessable nonce per response (128 bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** The origin of the configured single sign-on issuer, e.g. https://login.microsoftonline.com. */
export function signInOriginsFrom(issuer: string | undefined): string[] {
  if (!issuer) return [];
  try {
    const url = new URL(issuer);
    return url.protocol === "https:" ? [url.origin] : [];
  } catch {
    return [];
  }
}

/** Sent only when the request reached us over HTTPS (directly, or as a trusted proxy says). */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
