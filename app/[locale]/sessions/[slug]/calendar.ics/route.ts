import { loadSessionCalendar } from "@/lib/calendar/loaders";
import { publicResponse } from "@/lib/http/public-response";
import { isLocale } from "@/lib/i18n/locales";

/** A published session's meetings as an iCalendar feed that calendar apps subscribe to. */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/sessions/[slug]/calendar.ics">) {
  const { locale, slug } = await params;
  const ics = isLocale(locale) ? await loadSessionCalendar(locale, slug) : null;
  if (ics === null) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });
  return publicResponse(request, ics, "text/calendar; charset=utf-8", {
    "Content-Disposition": `inline; filename="${slug}.ics"`,
  });
}
