import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ILevelsOptions,
} from "docx";
import type { Locale } from "../i18n/locales";
import { documentationLine, paragraphsOf } from "./build";
import type { AgendaDocument, AgendaEntry, DocumentText } from "./types";

/**
 * The agenda document as a Word file a secretariat can continue editing: real heading styles, the agenda as a
 * Word numbered list (numbers and letters are Word's, with hanging indents), documentation lists, the annex as a
 * Word table whose header row repeats on every page, the symbol in the running header and page numbers below.
 */

const LANG_TAGS: Record<Locale, string> = {
  ar: "ar-SA",
  zh: "zh-CN",
  en: "en-GB",
  fr: "fr-FR",
  ru: "ru-RU",
  es: "es-ES",
};
const FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "SimSun", cs: "Simplified Arabic" };
const A4 = { width: 11906, height: 16838 };
const MM = 56.7;

// Sub-item markers per language, as lib/agenda/numbering.ts writes them: (a) in English and Chinese, a) in
// French, Spanish and Russian, (أ) in Arabic (Word's abjad numbering).
function agendaLevels(locale: Locale): ILevelsOptions[] {
  const romance = locale === "fr" || locale === "es" || locale === "ru";
  const indent = (level: number) => ({
    paragraph: { indent: { start: Math.round((10 + 10 * level) * MM), hanging: Math.round(10 * MM) } },
  });
  return [
    {
      level: 0,
      format: LevelFormat.DECIMAL,
      text: locale === "ar" ? "%1 -" : "%1.",
      alignment: AlignmentType.START,
      style: indent(0),
    },
    {
      level: 1,
      format: locale === "ar" ? LevelFormat.ARABIC_ABJAD : LevelFormat.LOWER_LETTER,
      text: romance ? "%2)" : "(%2)",
      alignment: AlignmentType.START,
      style: indent(1),
    },
    {
      level: 2,
      format: LevelFormat.LOWER_ROMAN,
      text: romance ? "%3)" : "(%3)",
      alignment: AlignmentType.START,
      style: indent(2),
    },
  ];
}

function run(
  value: DocumentText | string | null,
  doc: AgendaDocument,
  extra: { bold?: boolean; italics?: boolean; size?: number } = {},
) {
  const text = typeof value === "string" ? value : (value?.text ?? "");
  const lang = typeof value === "string" || !value ? doc.locale : value.lang;
  return new TextRun({
    text,
    ...extra,
    rightToLeft: lang === "ar",
    language: { value: LANG_TAGS[lang], eastAsia: LANG_TAGS.zh, bidirectional: LANG_TAGS.ar },
  });
}

function paragraph(
  doc: AgendaDocument,
  children: TextRun[],
  options: ConstructorParameters<typeof Paragraph>[0] & object = {},
) {
  return new Paragraph({ bidirectional: doc.dir === "rtl", ...options, children });
}

function agendaParagraphs(entries: AgendaEntry[], doc: AgendaDocument): Paragraph[] {
  return entries.flatMap((entry) => [
    paragraph(doc, [run(entry.title, doc), run(entry.end, doc)], {
      numbering: { reference: "agenda", level: Math.min(entry.depth, 2) },
      spacing: { after: 80 },
      keepNext: entry.children.length > 0,
    }),
    ...agendaParagraphs(entry.children, doc),
  ]);
}

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  bottom: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  left: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  right: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
};

function masthead(doc: AgendaDocument): Table {
  const m = doc.masthead;
  const cell = (children: Paragraph[], width: number, bottom = 0) =>
    new TableCell({
      children,
      width: { size: width, type: WidthType.PERCENTAGE },
      borders: {
        ...NO_BORDERS,
        bottom: bottom ? { style: BorderStyle.SINGLE, size: bottom, color: "000000" } : NO_BORDERS.bottom,
      },
    });
  const distr = [m.distribution, m.issued, m.language, m.original].filter((line): line is string => Boolean(line));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { ...NO_BORDERS, insideHorizontal: NO_BORDERS.top, insideVertical: NO_BORDERS.top },
    rows: [
      new TableRow({
        children: [
          cell([paragraph(doc, [run(m.organization, doc, { bold: true, size: 32 })])], 65, 12),
          cell(
            [
              paragraph(doc, [new TextRun({ text: m.symbol ?? "", bold: true, size: 26 })], {
                alignment: AlignmentType.END,
              }),
            ],
            35,
            12,
          ),
        ],
      }),
      new TableRow({
        children: [
          cell([paragraph(doc, [run(m.organ, doc, { bold: true, size: 26 })])], 65, 24),
          cell(
            distr.map((line) => new Paragraph({ children: [new TextRun({ text: line, size: 19 })] })),
            35,
            24,
          ),
        ],
      }),
    ],
  });
}

function annexTable(doc: AgendaDocument): Array<Paragraph | Table> {
  const work = doc.annex;
  if (!work) return [];
  const cell = (children: TextRun[], span = 1) =>
    new TableCell({ children: [paragraph(doc, children)], columnSpan: span, borders: NO_BORDERS });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: work.columns.map((column) => cell([run(column, doc, { italics: true })])),
  });
  const rows = work.days.flatMap((day) => [
    new TableRow({ cantSplit: true, children: [cell([run(day.heading, doc, { bold: true })], 3)] }),
    ...day.rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell([run(row.time ?? "", doc)]),
            cell([run(row.number, doc)]),
            cell([run(row.title, doc), ...(row.continued ? [run(work.continued, doc)] : [])]),
          ],
        }),
    ),
  ]);
  return [
    paragraph(doc, [run(work.label, doc, { bold: true })], { pageBreakBefore: true, spacing: { after: 240 } }),
    paragraph(doc, [run(work.title, doc)], { heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: [2200, 1300, 5500],
      borders: { ...NO_BORDERS, insideHorizontal: NO_BORDERS.top, insideVertical: NO_BORDERS.top },
      rows: [header, ...rows],
    }),
  ];
}

function body(doc: AgendaDocument): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [masthead(doc)];
  out.push(paragraph(doc, [run(doc.bodyName, doc, { bold: true })], { spacing: { before: 240 } }));
  out.push(paragraph(doc, [run(doc.sessionName, doc, { bold: true })]));
  out.push(paragraph(doc, [run(doc.sessionPlace, doc)], { spacing: { after: 360 } }));
  out.push(paragraph(doc, [run(doc.title, doc)], { heading: HeadingLevel.TITLE }));
  for (const note of doc.footnotes) out.push(paragraph(doc, [run(`* ${note.text}`, doc, { size: 17 })]));
  if (doc.fallbackNotice) out.push(paragraph(doc, [run(doc.fallbackNotice, doc, { italics: true, size: 18 })]));
  out.push(paragraph(doc, [run(doc.agendaHeading, doc)], { heading: HeadingLevel.HEADING_1 }));
  out.push(...agendaParagraphs(doc.agenda, doc));
  out.push(
    paragraph(doc, [run(doc.annotationsHeading, doc)], { heading: HeadingLevel.HEADING_1, pageBreakBefore: false }),
  );
  for (const block of doc.annotations) {
    const heading = block.depth === 0 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
    out.push(paragraph(doc, [run(`${block.label}\t`, doc), run(block.title, doc)], { heading, keepNext: true }));
    for (const text of block.paragraphs) {
      for (const part of paragraphsOf(text.text))
        // A paragraph in another language runs in its own direction, as in the print view.
        out.push(
          paragraph(doc, [run({ text: part, lang: text.lang }, doc)], {
            style: "Annotation",
            bidirectional: text.lang === "ar",
          }),
        );
    }
    if (block.documentation.length > 0) {
      out.push(
        paragraph(doc, [run(doc.documentationHeading, doc)], { heading: HeadingLevel.HEADING_4, keepNext: true }),
      );
      for (const entry of block.documentation) {
        const line = documentationLine(
          entry.description?.text ?? null,
          entry.symbol,
          entry.description?.lang ?? doc.locale,
        );
        out.push(
          paragraph(doc, [run({ text: line, lang: entry.description?.lang ?? doc.locale }, doc)], {
            style: "Documentation",
            bidirectional: (entry.description?.lang ?? doc.locale) === "ar",
          }),
        );
      }
    }
  }
  out.push(...annexTable(doc));
  return out;
}

export async function buildAgendaDocx(doc: AgendaDocument): Promise<Uint8Array> {
  const heading = (size: number, extra: { italics?: boolean } = {}) => ({
    run: { size, bold: !extra.italics, italics: extra.italics, font: FONT, color: "000000" },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true },
  });
  const file = new Document({
    title: [doc.masthead.symbol, doc.title?.text].filter(Boolean).join(" — "),
    creator: doc.masthead.organization,
    styles: {
      default: {
        document: {
          run: {
            font: FONT,
            size: 20,
            language: { value: LANG_TAGS[doc.locale], eastAsia: LANG_TAGS.zh, bidirectional: LANG_TAGS.ar },
          },
        },
        title: heading(30),
        heading1: heading(24),
        heading2: heading(21),
        heading3: heading(20),
        heading4: heading(20, { italics: true }),
      },
      paragraphStyles: [
        {
          id: "Annotation",
          name: "Annotation",
          basedOn: "Normal",
          paragraph: { indent: { start: Math.round(20 * MM) }, spacing: { after: 120 }, alignment: AlignmentType.BOTH },
        },
        {
          id: "Documentation",
          name: "Documentation",
          basedOn: "Normal",
          paragraph: { indent: { start: Math.round(25 * MM), hanging: Math.round(5 * MM) }, spacing: { after: 80 } },
        },
      ],
    },
    numbering: { config: [{ reference: "agenda", levels: agendaLevels(doc.locale) }] },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: A4,
            margin: {
              top: Math.round(22 * MM),
              bottom: Math.round(22 * MM),
              left: Math.round(20 * MM),
              right: Math.round(20 * MM),
            },
          },
        },
        headers: {
          first: new Header({ children: [] }),
          default: new Header({
            children: [
              new Paragraph({ children: [new TextRun({ text: doc.masthead.symbol ?? "", bold: true, size: 17 })] }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: 18 })],
              }),
            ],
          }),
          first: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: 18 })],
              }),
            ],
          }),
        },
        children: body(doc),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(file));
}
