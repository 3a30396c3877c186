import { type NextRequest, NextResponse } from "next/server";
import { negotiateLocale } from "@/lib/i18n/negotiate-locale";

/** "/" sends each reader to the list of sessions in the best of the six languages their browser accepts. */
export function GET(request: NextRequest) {
  const locale = negotiateLocale(request.headers.get("accept-language"));
  const response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307);
  response.headers.set("Vary", "Accept-Language");
  return response;
}
