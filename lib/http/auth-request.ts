import { NextRequest } from "next/server";
import { isUnreadableCallbackCookie, publicOrigins, saferCallbackSearch } from "./request-guards";

/**
 * Auth.js answers 500 to a callback address it cannot parse ("http://localhost:3941.evil.example/"), whether
 * in ?callbackUrl=, in the posted form or in its callback-URL cookie. Before its endpoints see a request, each
 * of the three is reduced to a path on this site or dropped (Auth.js then uses the site's root, and sets a
 * fresh cookie).
 */

const CALLBACK_COOKIES = new Set(["authjs.callback-url", "__Secure-authjs.callback-url"]);

function cookieHeaderWithout(header: string | null): string | null {
  if (!header) return null;
  const kept = header.split(";").filter((pair) => {
    const [rawName = "", ...rest] = pair.split("=");
    if (!CALLBACK_COOKIES.has(rawName.trim())) return true;
    let value = rest.join("=").trim();
    try {
      value = decodeURIComponent(value);
    } catch {
      return false;
    }
    return !isUnreadableCallbackCookie(value);
  });
  const cleaned = kept.join(";").trim();
  return cleaned === header.trim() ? null : cleaned;
}

export async function withSafeCallback(request: NextRequest): Promise<NextRequest> {
  const url = new URL(request.url);
  const origins = publicOrigins(request.url, request.headers, process.env.AUTH_URL ?? process.env.NEXTAUTH_URL);
  const search = saferCallbackSearch(url.search, origins);
  const cookie = cookieHeaderWithout(request.headers.get("cookie"));
  const isForm =
    request.method === "POST" && request.headers.get("content-type")?.startsWith("application/x-www-form-urlencoded");
  const form = isForm ? await request.text() : null;
  const body = form === null ? null : saferCallbackSearch(form, origins);
  if (search === null && cookie === null && form === null) return request;

  if (search !== null) url.search = search;
  const headers = new Headers(request.headers);
  if (cookie !== null) {
    if (cookie) headers.set("cookie", cookie);
    else headers.delete("cookie");
  }
  // The form was read to be checked, so it is always passed on as text.
  const text = body === null ? form : body.replace(/^\?/, "");
  if (text !== null) headers.delete("content-length");
  return new NextRequest(url, { method: request.method, headers, body: text ?? undefined, signal: request.signal });
}
