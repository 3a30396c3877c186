import { createHash } from "node:crypto";

/**
 * Responses of the public feeds and API: the same bytes for every reader, so they carry a strong ETag (a
 * conditional request is answered 304 without a body), a Cache-Control that lets browsers and shared caches keep
 * them a short while, and CORS headers that let any site read them.
 */

export const PUBLIC_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match, Accept",
  "Access-Control-Expose-Headers": "ETag, Link",
  "Access-Control-Max-Age": "86400",
} as const;

export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** True when an If-None-Match header names this ETag (or "*"); weak validators match too, as RFC 9110 says. */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .some((tag) => tag === "*" || tag === etag);
}

export function publicResponse(
  request: Request,
  body: string,
  contentType: string,
  extraHeaders: Record<string, string> = {},
): Response {
  const etag = etagOf(body);
  const headers = {
    "Content-Type": contentType,
    "Cache-Control": PUBLIC_CACHE_CONTROL,
    ETag: etag,
    Vary: "Accept-Encoding",
    ...CORS_HEADERS,
    ...extraHeaders,
  };
  // Only the validator is read from the request: the body never depends on who asks.
  if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}

export function jsonResponse(request: Request, value: unknown, extraHeaders: Record<string, string> = {}): Response {
  return publicResponse(request, JSON.stringify(value), "application/json; charset=utf-8", extraHeaders);
}

/** A refusal in the API's own shape, also readable from other sites. */
export function jsonError(status: 400 | 404, code: string, message: string): Response {
  return new Response(JSON.stringify({ error: { code, message } }), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...CORS_HEADERS },
  });
}

export function preflightResponse(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}
