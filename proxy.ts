import { type NextRequest, NextResponse } from "next/server";
import { trustedProxyHops } from "@/lib/auth/client-address";
import { malformedActionBody, needsActionBodyCheck, unsupportedMethod } from "@/lib/http/action-body";
import { CACHED_PAGE_CACHE_CONTROL, isCachedPage } from "@/lib/http/cached-pages";
import { pagePathOf, REQUEST_PATH_HEADER } from "@/lib/http/request-path";
import {
  allowedActionOrigins,
  crossOriginAction,
  malformedRouterState,
  undecodablePath,
} from "@/lib/http/request-guards";
import {
  contentSecurityPolicy,
  newNonce,
  signInOriginsFrom,
  STRICT_TRANSPORT_SECURITY,
} from "@/lib/security/content-security-policy";

/**
 * Runs before every route (Next.js 16's successor to middleware). It refuses requests that would otherwise
 * fail inside the framework with a 500 (the checks live in lib/http/request-guards.ts), and gives every page
 * its Content-Security-Policy with a fresh nonce, which Next.js puts on its own scripts, and the address of the
 * page asked for (so that a page refusing an anonymous visitor can bring them back to it after signing in).
 * Authorisation is not done here: every page and action checks the role itself.
 */

const signInOrigins = signInOriginsFrom(process.env.AUTH_MICROSOFT_ENTRA_ID_ISSUER);

export async function proxy(request: NextRequest) {
  const url = new URL(request.url);
  const refusal =
    unsupportedMethod(request.method) ??
    undecodablePath(url.pathname) ??
    malformedRouterState(request.headers) ??
    crossOriginAction(
      request.method,
      url.pathname,
      request.headers,
      allowedActionOrigins(process.env.PLENARY_ALLOWED_ORIGINS),
    ) ??
    (needsActionBodyCheck(request.method, request.headers) ? malformedActionBody(await request.clone().text()) : null);
  if (refusal)
    return new NextResponse(refusal.reason, {
      status: refusal.status,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });

  const https = servedOverHttps(request, url);
  const cached = isCachedPage(url.pathname);
  const policy = contentSecurityPolicy({
    // A cached page is the same bytes for every reader: its scripts cannot carry this response's nonce.
    nonce: cached ? null : newNonce(),
    development: process.env.NODE_ENV === "development",
    https,
    signInOrigins,
  });
  const requestHeaders = new Headers(request.headers);
  // Next.js puts the nonce it finds here on its scripts; a cached page must not keep one reader's nonce.
  if (cached) requestHeaders.delete("content-security-policy");
  else requestHeaders.set("content-security-policy", policy);
  // Set or removed on every request, never passed on from the client: loaders trust it as this request's page.
  const pagePath = pagePathOf(url);
  if (pagePath) requestHeaders.set(REQUEST_PATH_HEADER, pagePath);
  else requestHeaders.delete(REQUEST_PATH_HEADER);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (cached && request.method === "GET") response.headers.set("Cache-Control", CACHED_PAGE_CACHE_CONTROL);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

// Behind a TLS-terminating proxy the app sees plain HTTP: only a trusted proxy's word says otherwise.
function servedOverHttps(request: NextRequest, url: URL): boolean {
  if (url.protocol === "https:") return true;
  if (trustedProxyHops() === 0) return false;
  return request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

export const config = {
  // Built assets never carry any of this; everything else, server actions and odd paths included, passes through.
  matcher: ["/((?!_next/static/|_next/image/).*)"],
};
