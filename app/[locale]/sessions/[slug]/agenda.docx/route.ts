import { buildAgendaDocx } from "@/lib/agenda-document/docx";
import { loadAgendaDocument } from "@/lib/agenda-document/loaders";
import { documentFileName, documentHeaders, notFoundResponse } from "@/lib/agenda-document/responses";
import { isLocale } from "@/lib/i18n/locales";

/** The same document as a Word file, with real headings, lists and tables, for a secretariat to continue in Word. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/sessions/[slug]/agenda.docx">) {
  const { locale, slug } = await params;
  const doc = isLocale(locale) ? await loadAgendaDocument(locale, slug) : null;
  if (!doc) return notFoundResponse();
  const file = await buildAgendaDocx(doc);
  return new Response(file as BodyInit, {
    headers: {
      ...documentHeaders("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
      "Content-Disposition": `attachment; filename="${documentFileName(doc, slug, "docx")}"`,
    },
  });
}
