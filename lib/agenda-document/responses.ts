import { textDirection, type Locale } from "../i18n/locales";
import { escapeHtml } from "./html";
import { translatorFor } from "./translator";
import type { AgendaDocument } from "./types";

/**
 * Responses of the document routes. They are the same for every reader; a shared cache may keep them briefly
 * but must ask again before reusing them, since the secretariat may have changed the agenda.
 */
export function documentHeaders(contentType: string): Record<string, string> {
  return { "Content-Type": contentType, "Cache-Control": "public, max-age=0, must-revalidate" };
}

export function notFoundResponse(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** "CTOC_COP_WG.4_2018_1-zh.pdf": the symbol as a file name (slashes are not allowed in one), then the language. */
export function documentFileName(doc: AgendaDocument, slug: string, extension: string): string {
  const base = (doc.masthead.symbol ?? slug).replace(/[^A-Za-z0-9.-]+/gu, "_");
  return `${base}-${doc.locale}.${extension}`;
}

/** Where no browser is installed to print the PDF: say so in the reader's language and offer the print view. */
export async function pdfUnavailableResponse(locale: Locale, slug: string): Promise<Response> {
  const t = await translatorFor(locale);
  const href = `/${locale}/sessions/${encodeURIComponent(slug)}/print`;
  const html = `<!doctype html><html lang="${locale}" dir="${textDirection(locale)}"><head><meta charset="utf-8">
<title>${escapeHtml(t("agendaDocument.pdfUnavailableTitle"))}</title></head>
<body style="font-family: serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1>${escapeHtml(t("agendaDocument.pdfUnavailableTitle"))}</h1>
<p>${escapeHtml(t("agendaDocument.pdfUnavailable"))}</p>
<p><a href="${escapeHtml(href)}">${escapeHtml(t("agendaDocument.openPrintView"))}</a></p>
</body></html>`;
  return new Response(html, {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "3600" },
  });
}
