import { renderAgendaHtml } from "@/lib/agenda-document/html";
import { loadAgendaDocument } from "@/lib/agenda-document/loaders";
import { renderPdf } from "@/lib/agenda-document/pdf";
import {
  documentFileName,
  documentHeaders,
  notFoundResponse,
  pdfUnavailableResponse,
} from "@/lib/agenda-document/responses";
import { isLocale } from "@/lib/i18n/locales";

/** The print view as a PDF, printed on the server; without a browser here, a page saying so and linking the print view. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/sessions/[slug]/agenda.pdf">) {
  const { locale, slug } = await params;
  const doc = isLocale(locale) ? await loadAgendaDocument(locale, slug) : null;
  if (!doc) return notFoundResponse();
  const pdf = await renderPdf(renderAgendaHtml(doc));
  if (!pdf) return await pdfUnavailableResponse(doc.locale, slug);
  return new Response(pdf as BodyInit, {
    headers: {
      ...documentHeaders("application/pdf"),
      "Content-Disposition": `inline; filename="${documentFileName(doc, slug, "pdf")}"`,
    },
  });
}
