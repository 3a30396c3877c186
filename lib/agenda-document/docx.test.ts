import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { buildAgendaDocument } from "./build";
import { buildAgendaDocx } from "./docx";
import { expectedChineseSequence, missingInOrder } from "./fidelity";
import { referencePublicSession, translatorFor } from "./reference-fixture";

async function docx(locale: "zh" | "en" | "ar") {
  const doc = buildAgendaDocument(referencePublicSession(), { locale, issuedOn: null, t: await translatorFor(locale) });
  const files = unzipSync(await buildAgendaDocx(doc));
  return { xml: strFromU8(files["word/document.xml"]!), numbering: strFromU8(files["word/numbering.xml"]!), files };
}

/** The paragraphs of a Word body: style, list level (if numbered) and text. */
function paragraphs(xml: string) {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/gu)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/u.exec(p)?.[1] ?? null,
    level: /<w:ilvl w:val="(\d+)"/u.exec(p)?.[1] ?? null,
    text: [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join(""),
  }));
}

describe("buildAgendaDocx", () => {
  it("carries the Chinese reference item by item: agenda, annotations, documentation, annex", async () => {
    const { xml } = await docx("zh");
    const text = paragraphs(xml)
      .map((p) => p.text)
      .join("\n");
    expect(missingInOrder(text, expectedChineseSequence())).toEqual([]);
  });

  it("uses real headings, a real numbered list and a Word table for the annex", async () => {
    const { xml, numbering, files } = await docx("zh");
    const body = paragraphs(xml);
    expect(body.filter((p) => p.style === "Heading1").map((p) => p.text)).toEqual(["临时议程", "说明", "拟议工作安排"]);
    const list = body.filter((p) => p.level !== null);
    expect(list.map((p) => [p.level, p.text])).toEqual([
      ["0", "组织事项："],
      ["1", "会议开幕；"],
      ["1", "通过议程和工作安排。"],
      ["0", "贩运人口案件中的国际合作：考虑受害者的需求和权利。"],
      ["0", "拟订用于审议《禁止贩运人口议定书》实施情况的调查问卷。"],
      ["0", "其他事项。"],
      ["0", "通过报告。"],
    ]);
    expect(numbering).toContain('w:val="lowerLetter"');
    expect(body.filter((p) => p.style === "Documentation")).toHaveLength(2);
    expect(xml).toContain("<w:tblHeader/>");
    expect((xml.match(/<w:tbl>/gu) ?? []).length).toBe(2);
    expect(strFromU8(files["word/header1.xml"] ?? files["word/header2.xml"]!)).toMatch(
      /CTOC\/COP\/WG\.4\/2018\/1|<w:hdr/u,
    );
  });

  it("gives English the same structure and Arabic right-to-left paragraphs", async () => {
    const [zh, en, ar] = [await docx("zh"), await docx("en"), await docx("ar")];
    // English says once that the annotations are shown in Chinese: an unstyled note the Chinese version lacks.
    const shape = (xml: string) =>
      paragraphs(xml)
        .filter((p) => p.style !== null || p.level !== null)
        .map((p) => [p.style, p.level]);
    expect(shape(en.xml)).toEqual(shape(zh.xml));
    expect(paragraphs(en.xml).some((p) => p.text === "Organizational matters:")).toBe(true);
    expect(ar.xml).toContain("<w:bidi/>");
    // A Chinese paragraph in the Arabic file runs left to right: justified to its own start, not to the Arabic one.
    const chinese = ar.xml.split("</w:p>").find((p) => p.includes("贩运人口问题工作组第八次会议将于"));
    expect(chinese).toBeDefined();
    expect(chinese).not.toContain("<w:bidi/>");
    expect(ar.numbering).toContain('w:val="arabicAbjad"');
  });
});
