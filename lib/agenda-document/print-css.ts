import type { Locale } from "../i18n/locales";

/**
 * The print view's style sheet: A4, UN-like typography (serif body text, CJK and Arabic faces that cover every
 * character, all installed system fonts, nothing fetched), the agenda symbol in the running header and page
 * numbers at the foot (CSS page margin boxes, which Chromium 131+ prints and the PDF keeps), headings kept with
 * the text after them and hanging indents in the agenda list.
 */

const FONTS: Record<Locale, string> = {
  en: `"Times New Roman", "Liberation Serif", "Noto Serif", "DejaVu Serif", serif`,
  fr: `"Times New Roman", "Liberation Serif", "Noto Serif", "DejaVu Serif", serif`,
  es: `"Times New Roman", "Liberation Serif", "Noto Serif", "DejaVu Serif", serif`,
  ru: `"Times New Roman", "Liberation Serif", "Noto Serif", "DejaVu Serif", serif`,
  zh: `"SimSun", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", "Times New Roman", serif`,
  ar: `"Simplified Arabic", "Traditional Arabic", "Noto Naskh Arabic", "Times New Roman", serif`,
};
const HEADING_FONTS: Partial<Record<Locale, string>> = {
  zh: `"SimHei", "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif`,
};

/** A CSS string literal: the symbol is printed by the page's margin boxes, not by the document's text. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/gu, (c) => `\\${c}`).replace(/[\n\r]/gu, " ")}"`;
}

export function printCss(locale: Locale, symbol: string | null): string {
  const running = symbol ? cssString(symbol) : "none";
  const fontsByLang = (Object.keys(FONTS) as Locale[])
    .map((lang) => `:lang(${lang}) { font-family: ${FONTS[lang]}; }`)
    .join("\n");
  return `
@page { size: A4; margin: 22mm 20mm 22mm 20mm;
  @bottom-center { content: counter(page); font: 9pt ${FONTS[locale]}; }
}
@page :left { @top-left { content: ${running}; font: bold 9pt ${FONTS.en}; } }
@page :right { @top-right { content: ${running}; font: bold 9pt ${FONTS.en}; } }
@page :first { @top-left { content: none; } @top-right { content: none; } }
* { box-sizing: border-box; }
html { background: #fff; color: #000; }
body { margin: 0 auto; max-width: 170mm; font-size: 10pt; line-height: 1.45; font-family: ${FONTS[locale]};
  text-rendering: optimizeLegibility; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@media screen { body { padding: 12mm 0 24mm; } }
${fontsByLang}
.latin { font-family: ${FONTS.en}; }
h1, h2, h3, h4, h5 { margin: 0; break-after: avoid; page-break-after: avoid; break-inside: avoid; }
h2, h3, .annex-title { font-family: ${HEADING_FONTS[locale] ?? FONTS[locale]}; }
.masthead { border-bottom: 3px solid #000; margin-bottom: 6mm; }
.masthead .top { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 1.5px solid #000;
  padding-bottom: 1.5mm; }
.masthead .un { font-size: 16pt; font-weight: bold; }
.masthead .symbol { font-size: 13pt; font-weight: bold; font-family: ${FONTS.en}; direction: ltr; }
.masthead .below { display: flex; justify-content: space-between; gap: 10mm; padding: 2.5mm 0 3mm; }
.masthead .organ { font-size: 13pt; font-weight: bold; max-width: 110mm; }
.masthead .distr { font-family: ${FONTS.en}; font-size: 9.5pt; white-space: nowrap; }
.masthead .distr p { margin: 0; }
.masthead .distr p.issued { margin-top: 2mm; }
.meeting { margin: 0 0 8mm; font-weight: bold; }
.meeting p { margin: 0; }
.meeting .body-name { font-size: 11pt; }
.meeting .session { font-weight: normal; }
h1 { font-size: 15pt; margin: 0 0 6mm; padding-inline-start: 10mm; }
.notice { font-style: ${locale === "zh" || locale === "ar" ? "normal" : "italic"}; font-size: 9pt; border: 0.5pt solid #666; padding: 2mm 3mm; margin: 0 0 6mm; }
h2 { font-size: 12pt; margin: 6mm 0 3mm; padding-inline-start: 10mm; }
ol.agenda, ol.agenda ol { list-style: none; margin: 0; padding: 0; }
ol.agenda { padding-inline-start: 10mm; }
ol.agenda li { margin: 0 0 1.5mm; break-inside: avoid; }
ol.agenda .entry { display: grid; grid-template-columns: 10mm 1fr; }
ol.agenda ol { margin-top: 1.5mm; }
ol.agenda ol .entry { grid-template-columns: 8mm 1fr; }
ol.agenda ol { padding-inline-start: 10mm; }
section.annotation { margin: 0 0 3mm; }
h3 { display: grid; grid-template-columns: 10mm 1fr; font-size: 10.5pt; margin: 5mm 0 2.5mm; padding-inline-start: 10mm; }
h4 { display: grid; grid-template-columns: 8mm 1fr; font-size: 10pt; margin: 3mm 0 2mm; padding-inline-start: 20mm; }
.paragraphs { padding-inline-start: 20mm; }
.paragraphs p { margin: 0 0 2.5mm; text-align: justify; orphans: 2; widows: 2; }
h5 { font-size: 10pt; font-style: ${locale === "zh" || locale === "ar" ? "normal" : "italic"}; font-weight: normal;
  margin: 3mm 0 1.5mm; padding-inline-start: 20mm; }
ul.documentation { list-style: none; margin: 0 0 3mm; padding-inline-start: 20mm; }
ul.documentation li { margin: 0 0 1.5mm; padding-inline-start: 5mm; text-indent: -5mm; }
.footnotes { margin: 2mm 0 6mm; padding-top: 1.5mm; border-top: 0.5pt solid #000; width: 45mm; font-size: 8.5pt; }
.footnotes p { margin: 0; width: 160mm; }
section.annex { break-before: page; page-break-before: always; }
.annex-label { text-align: start; font-size: 12pt; font-weight: bold; margin: 0 0 4mm; }
.annex-title { text-align: center; font-size: 12pt; margin: 0 0 5mm; }
table.work { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
table.work thead { display: table-header-group; }
table.work th { text-align: start; font-style: ${locale === "zh" || locale === "ar" ? "normal" : "italic"}; font-weight: normal; border-top: 0.5pt solid #000;
  border-bottom: 0.5pt solid #000; padding: 1.5mm 2mm; }
table.work td { vertical-align: top; padding: 1mm 2mm; }
table.work tr { break-inside: avoid; page-break-inside: avoid; }
table.work tr.day td { font-weight: bold; padding-top: 3mm; break-after: avoid; }
table.work col.time { width: 38mm; } table.work col.item { width: 22mm; }
table.work tbody tr:last-child td { border-bottom: 0.5pt solid #000; }
`;
}
