import { documentationLine } from "./build";
import { printCss } from "./print-css";
import type { AgendaDocument, AgendaEntry, AnnotationBlock, DocumentText } from "./types";

/**
 * The print view as one self-contained HTML document: no site header, no scripts, no badges, the same for every
 * reader. Written as a string (escaped here, once) because a route handler serves it outside the site's layout,
 * and the PDF is this very page printed by Chromium.
 */

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ENTITIES[c] ?? c);
}

/** Inline markdown of an annotation paragraph: emphasis kept, links shown as their text (paper has no links). */
export function inlineMarkdown(markdown: string): string {
  return escapeHtml(markdown)
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^()]*\))*\)/gu, "$1")
    .replace(/\*\*([^*]+)\*\*/gu, "<strong>$1</strong>")
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/gu, "$1<em>$2</em>")
    .replace(/\n/gu, "<br>");
}

/** lang (and dir) attributes for a text in another language than the document's, else nothing. */
function langAttributes(value: DocumentText | null, doc: AgendaDocument): string {
  if (!value || value.lang === doc.locale) return "";
  const dir = value.lang === "ar" ? "rtl" : "ltr";
  return dir === doc.dir ? ` lang="${value.lang}"` : ` lang="${value.lang}" dir="${dir}"`;
}

/** A text in its own language; its closing punctuation stays inside, so it lands on the right side in any script. */
function text(value: DocumentText | null, doc: AgendaDocument, html = escapeHtml(value?.text ?? ""), end = ""): string {
  const attributes = langAttributes(value, doc);
  return attributes ? `<span${attributes}>${html}${escapeHtml(end)}</span>` : `${html}${escapeHtml(end)}`;
}

function agendaList(entries: AgendaEntry[], doc: AgendaDocument): string {
  const items = entries.map(
    (entry) =>
      `<li><div class="entry"><span class="label">${escapeHtml(entry.label)}</span><span>${text(entry.title, doc, undefined, entry.end)}</span></div>${
        entry.children.length > 0 ? agendaList(entry.children, doc) : ""
      }</li>`,
  );
  return `<ol class="${entries[0]?.depth === 0 ? "agenda" : "sub"}">${items.join("")}</ol>`;
}

function annotation(block: AnnotationBlock, doc: AgendaDocument): string {
  const heading = block.depth === 0 ? "h3" : "h4";
  const parts = [
    `<${heading}><span class="label">${escapeHtml(block.label)}</span><span>${text(block.title, doc)}</span></${heading}>`,
  ];
  if (block.paragraphs.length > 0) {
    parts.push(
      `<div class="paragraphs">${block.paragraphs
        // A paragraph in another language is a block of its own direction: justified, its last line at its start.
        .map((paragraph) => `<p${langAttributes(paragraph, doc)}>${inlineMarkdown(paragraph.text)}</p>`)
        .join("")}</div>`,
    );
  }
  if (block.documentation.length > 0) {
    const lines = block.documentation.map((entry) => {
      const line = documentationLine(
        entry.description?.text ?? null,
        entry.symbol,
        entry.description?.lang ?? doc.locale,
      );
      return `<li${langAttributes(entry.description, doc)}>${escapeHtml(line)}</li>`;
    });
    parts.push(`<h5>${escapeHtml(doc.documentationHeading)}</h5><ul class="documentation">${lines.join("")}</ul>`);
  }
  return `<section class="annotation">${parts.join("")}</section>`;
}

function annex(doc: AgendaDocument): string {
  const work = doc.annex;
  if (!work) return "";
  const rows = work.days.flatMap((day) => [
    `<tr class="day"><td colspan="3">${escapeHtml(day.heading)}</td></tr>`,
    ...day.rows.map(
      (row) =>
        `<tr><td>${escapeHtml(row.time ?? "")}</td><td>${escapeHtml(row.number)}</td><td>${text(row.title, doc, undefined, row.continued ? work.continued : "")}</td></tr>`,
    ),
  ]);
  return `<section class="annex"><p class="annex-label">${escapeHtml(work.label)}</p><h2 class="annex-title">${escapeHtml(work.title)}</h2>
<table class="work"><colgroup><col class="time"><col class="item"><col></colgroup>
<thead><tr>${work.columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join("")}</tr></thead>
<tbody>${rows.join("\n")}</tbody></table></section>`;
}

export function renderAgendaHtml(doc: AgendaDocument): string {
  const m = doc.masthead;
  const title = doc.title ? text(doc.title, doc) : "";
  const footnotes = doc.footnotes.length
    ? `<div class="footnotes">${doc.footnotes.map((note) => `<p>* ${text(note, doc)}</p>`).join("")}</div>`
    : "";
  const documentTitle = [m.symbol, doc.title?.text].filter(Boolean).join(" — ");
  return `<!doctype html>
<html lang="${doc.locale}" dir="${doc.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(documentTitle)}</title>
<style>${printCss(doc.locale, m.symbol)}</style>
</head>
<body>
<header class="masthead">
<div class="top"><span class="un">${escapeHtml(m.organization)}</span>${m.symbol ? `<span class="symbol" dir="ltr">${escapeHtml(m.symbol)}</span>` : ""}</div>
<div class="below"><div class="organ">${text(m.organ, doc)}</div>
<div class="distr" lang="${m.lang}" dir="ltr"><p>${escapeHtml(m.distribution)}</p>${
    m.issued ? `<p class="issued">${escapeHtml(m.issued)}</p>` : ""
  }<p>${escapeHtml(m.language)}</p><p>${escapeHtml(m.original)}</p></div></div>
</header>
<div class="meeting"><p class="body-name">${text(doc.bodyName, doc)}</p><p>${escapeHtml(doc.sessionName)}</p><p class="session">${escapeHtml(doc.sessionPlace)}</p></div>
<h1>${title}${doc.footnotes.length ? "<sup>*</sup>" : ""}</h1>
${footnotes}
${doc.fallbackNotice ? `<p class="notice">${escapeHtml(doc.fallbackNotice)}</p>` : ""}
<section class="agenda"><h2>${escapeHtml(doc.agendaHeading)}</h2>${agendaList(doc.agenda, doc)}</section>
<section class="annotations"><h2>${escapeHtml(doc.annotationsHeading)}</h2>${doc.annotations.map((block) => annotation(block, doc)).join("\n")}</section>
${annex(doc)}
</body>
</html>
`;
}
