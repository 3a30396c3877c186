import type { NextRequest } from "next/server";
import { LOCALE_COOKIE, rememberedLocale } from "@/lib/i18n/locale-cookie";
import { negotiateLocale } from "@/lib/i18n/negotiate-locale";

/**
 * "/" sends each reader to the list of sessions in the language they last chose with the language switcher,
 * or else in the best of the six languages their browser accepts.
 * The address is relative: behind a proxy, the URL this server sees (http://localhost:3000) is not the one
 * the reader typed, and the browser resolves a relative Location against the latter.
 */
export function GET(request: NextRequest) {
  const locale =
    rememberedLocale(request.cookies.get(LOCALE_COOKIE)?.value) ??
    negotiateLocale(request.headers.get("accept-language"));
  return new Response(null, { status: 307, headers: { Location: `/${locale}`, Vary: "Accept-Language, Cookie" } });
}
