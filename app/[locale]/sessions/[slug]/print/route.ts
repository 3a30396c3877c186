import { renderAgendaHtml } from "@/lib/agenda-document/html";
import { loadAgendaDocument } from "@/lib/agenda-document/loaders";
import { documentHeaders, notFoundResponse } from "@/lib/agenda-document/responses";
import { isLocale } from "@/lib/i18n/locales";

/** The annotated provisional agenda laid out as the UN document, without the site around it. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/sessions/[slug]/print">) {
  const { locale, slug } = await params;
  const doc = isLocale(locale) ? await loadAgendaDocument(locale, slug) : null;
  if (!doc) return notFoundResponse();
  return new Response(renderAgendaHtml(doc), { headers: documentHeaders("text/html; charset=utf-8") });
}
