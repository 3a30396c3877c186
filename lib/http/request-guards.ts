import { isCsrfOriginAllowed } from "next/dist/server/app-render/csrf-protection";
import { parseAndValidateFlightRouterState } from "next/dist/server/app-render/parse-and-validate-flight-router-state";
import { sameOriginPath } from "./redirect-target";

/**
 * Checks of a request's shape, made before Next.js reads it: without them a malformed request from anyone
 * (a truncated escape in the path, a forged router header, a cross-site server-action post, a callback
 * address no URL parser reads) ends in a 500 deep inside the framework. Each returns what to answer, or null
 * to let the request through. Used by proxy.ts.
 */

export type Refusal = { status: 400 | 403 | 405; reason: string };

/** "/en/sessions/%E0%A4%A" cannot be decoded: no page has that address. */
export function undecodablePath(rawPathname: string): Refusal | null {
  try {
    decodeURIComponent(rawPathname);
    return null;
  } catch {
    return { status: 400, reason: "The address is not valid." };
  }
}

/**
 * The client router sends its state in Next-Router-State-Tree; Next.js throws on one it cannot read. The
 * header is checked with Next.js's own reader, so that exactly what it would refuse is answered 400.
 */
export function malformedRouterState(headers: Headers): Refusal | null {
  const state = headers.get("next-router-state-tree");
  if (state === null) return null;
  try {
    parseAndValidateFlightRouterState(state);
    return null;
  } catch {
    return { status: 400, reason: "The router state header is not valid." };
  }
}

function isPossibleServerAction(method: string, headers: Headers): boolean {
  if (method !== "POST") return false;
  const type = headers.get("content-type") ?? "";
  return (
    headers.has("next-action") || type.startsWith("multipart/form-data") || type === "application/x-www-form-urlencoded"
  );
}

/** The hosts next.config.js lets post server actions besides this one (PLENARY_ALLOWED_ORIGINS, comma-separated). */
export function allowedActionOrigins(setting: string | undefined): string[] {
  return (setting ?? "")
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
}

/**
 * A server action posted from another site. Next.js refuses it too, but as a 500; this answers 403 (400 for
 * an Origin that is not an address) by the same rule: the Origin's host must be the forwarded host, or the
 * Host when there is none, or one of the allowed origins. Requests without Origin are let through as Next.js
 * does: browsers always send it.
 */
export function crossOriginAction(
  method: string,
  pathname: string,
  headers: Headers,
  allowedOrigins: string[] = [],
): Refusal | null {
  if (!isPossibleServerAction(method, headers) || pathname.startsWith("/api/")) return null;
  const origin = headers.get("origin");
  if (origin === null) return null;
  let originHost: string;
  try {
    originHost = origin === "null" ? "null" : new URL(origin).host;
  } catch {
    return { status: 400, reason: "The Origin header is not valid." };
  }
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = forwarded || headers.get("host");
  if ((host && originHost === host) || isCsrfOriginAllowed(originHost, allowedOrigins)) return null;
  return { status: 403, reason: "Cross-site requests are not accepted." };
}

/** The public origins of this request: as the server sees it, as the proxy forwarded it, and AUTH_URL's. */
export function publicOrigins(requestUrl: string, headers: Headers, authUrl: string | undefined): string[] {
  const origins = [new URL(requestUrl).origin];
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || "https";
  for (const candidate of [host ? `${proto}://${host}` : null, authUrl ?? null]) {
    try {
      if (candidate) origins.push(new URL(candidate).origin);
    } catch {
      // A forwarded host that is not a host names no origin of ours.
    }
  }
  return origins;
}

/**
 * The sign-in endpoints' ?callbackUrl=, reduced to a path on this site. Returns the search string to use
 * instead ("" without the parameter), or null when it is already safe.
 */
export function saferCallbackSearch(search: string, origins: readonly string[]): string | null {
  const params = new URLSearchParams(search);
  if (!params.has("callbackUrl")) return null;
  const values = params.getAll("callbackUrl");
  const path = values.length === 1 ? sameOriginPath(values[0], origins) : null;
  if (path !== null && path === values[0]) return null;
  params.delete("callbackUrl");
  if (path !== null) params.set("callbackUrl", path);
  const rest = params.toString();
  return rest ? `?${rest}` : "";
}

/** Auth.js answers 500 on every request while its callback-URL cookie holds something it cannot parse. */
export function isUnreadableCallbackCookie(value: string): boolean {
  if (value.startsWith("/")) return sameOriginPath(value, []) === null;
  try {
    const url = new URL(value);
    return !/^https?:$/.test(url.protocol) || /[^\u0021-\u007E]/u.test(value);
  } catch {
    return true;
  }
}
