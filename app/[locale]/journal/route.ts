import { isLocale } from "@/lib/i18n/locales";

/**
 * /{locale}/journal: today's journal. Only this redirect reads the clock (today in UTC); the dated page it sends
 * to does not, so that page is the same for every reader. The address is relative, as in app/route.ts.
 */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/journal">) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });
  const today = new Date().toISOString().slice(0, 10);
  return new Response(null, {
    status: 307,
    headers: { Location: `/${locale}/journal/${today}`, "Cache-Control": "no-store" },
  });
}
