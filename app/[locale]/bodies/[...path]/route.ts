import { loadBodyCalendar } from "@/lib/calendar/loaders";
import { publicResponse } from "@/lib/http/public-response";
import { isLocale } from "@/lib/i18n/locales";

/**
 * /{locale}/bodies/{symbol prefix}/calendar.ics: every published session of a body as one iCalendar feed. Symbol
 * prefixes hold slashes ("CTOC/COP/WG.4"), so the address is read as a path whose last part names the feed.
 */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/bodies/[...path]">) {
  const { locale, path } = await params;
  const feed = path.at(-1);
  const prefix = path.slice(0, -1).join("/");
  const ics = isLocale(locale) && feed === "calendar.ics" && prefix ? await loadBodyCalendar(locale, prefix) : null;
  if (ics === null) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });
  return publicResponse(request, ics, "text/calendar; charset=utf-8", {
    "Content-Disposition": `inline; filename="calendar.ics"`,
  });
}
