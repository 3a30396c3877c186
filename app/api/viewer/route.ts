import { asLocale } from "@/lib/i18n/locales";
import { loadViewerExtras } from "@/lib/viewer/loaders";

/**
 * What a public page shows only to the person signed in (their name, Restricted links), asked by the browser
 * after the cached page has loaded: `?locale=<page's language>`, and `&session=<slug>` on a session page. Never cached by anyone.
 */
export async function GET(request: Request): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const extras = await loadViewerExtras(query.get("session"), asLocale(query.get("locale") ?? "en"));
  return Response.json(extras, { headers: { "Cache-Control": "private, no-store", Vary: "Cookie" } });
}
