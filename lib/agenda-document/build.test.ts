import { describe, expect, it } from "vitest";
import reference from "../../prisma/seed-data/ctoc-cop-wg4-2018-1.expected.json" with { type: "json" };
import { buildAgendaDocument, documentationLine } from "./build";
import { referencePublicSession, translatorFor } from "./reference-fixture";
import type { AgendaDocument } from "./types";

async function build(locale: "zh" | "en" | "ar" | "fr") {
  return buildAgendaDocument(referencePublicSession(), {
    locale,
    issuedOn: "2018-04-24",
    t: await translatorFor(locale),
  });
}

/** The structure of a document without its words: what every language version must share. */
function shape(doc: AgendaDocument) {
  return {
    agenda: doc.agenda.map((entry) => [entry.depth, entry.children.length]),
    annotations: doc.annotations.map((block) => [
      block.depth,
      block.paragraphs.length > 0,
      block.documentation.map((d) => d.symbol),
    ]),
    annex: doc.annex?.days.map((day) => day.rows.map((row) => [row.time !== null, row.continued])),
  };
}

describe("buildAgendaDocument", () => {
  it("carries the seed's items, annotations, documentation and annex word for word in Chinese", async () => {
    const doc = await build("zh");
    expect(doc.masthead).toMatchObject({
      organization: "联合国",
      symbol: "CTOC/COP/WG.4/2018/1",
      distribution: "Distr.: General",
      issued: "24 April 2018",
      language: "Chinese",
      original: "Original: Chinese",
    });
    expect(doc.sessionName).toBe("第八次会议");
    expect(doc.sessionPlace).toBe("2018年7月2日和3日，维也纳");
    expect(doc.title?.text).toBe("临时议程说明");
    expect(doc.agendaHeading).toBe("临时议程");
    expect(doc.fallbackNotice).toBeNull();

    const flat = doc.annotations;
    const seedItems = reference.items.flatMap((item) => [item, ...(item.subItems ?? [])]);
    expect(flat.map((block) => block.title?.text)).toEqual(seedItems.map((item) => item.title.zh));
    expect(flat.map((block) => block.paragraphs.map((p) => p.text))).toEqual(
      seedItems.map((item) => (item as { annotation?: { zh?: string[] } }).annotation?.zh ?? []),
    );
    expect(
      flat.map((block) =>
        block.documentation.map((d) => documentationLine(d.description?.text ?? null, d.symbol, "zh")),
      ),
    ).toEqual(seedItems.map((item) => item.documents.map((d) => `${d.description.zh}（${d.symbol}）`)));
    expect(doc.agenda.map((entry) => entry.label)).toEqual(["1.", "2.", "3.", "4.", "5."]);
    expect(doc.agenda[0]?.children.map((entry) => entry.label)).toEqual(["(a)", "(b)"]);

    expect(doc.annex?.title).toBe("拟议工作安排");
    expect(doc.annex?.columns).toEqual(["日期和时间", "议程项目", "标题或说明"]);
    expect(doc.annex?.days.map((day) => day.heading)).toEqual(["7月2日，星期一", "7月3日，星期二"]);
    const rows = doc.annex?.days.flatMap((day) => day.rows) ?? [];
    expect(rows.map((row) => [row.time, row.number, row.continued])).toEqual([
      ["上午 10 时至下午 1 时", "1(a)", false],
      [null, "1(b)", false],
      [null, "2", false],
      ["下午 3 时至 6 时", "2", true],
      [null, "3", false],
      ["上午 10 时至下午 1 时", "3", true],
      ["下午 3 时至 6 时", "4", false],
      [null, "5", false],
    ]);
  });

  it("gives the English version the same structure, in English words", async () => {
    const [zh, en] = [await build("zh"), await build("en")];
    expect(shape(en)).toEqual(shape(zh));
    expect(en.sessionName).toBe("Eighth meeting");
    expect(en.sessionPlace).toBe("Vienna, 2 and 3 July 2018");
    expect(en.masthead.organ?.text).toBe(
      "Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
    );
    expect(en.agendaHeading).toBe("Provisional agenda");
    expect(en.annex?.title).toBe("Proposed organization of work");
    expect(en.agenda[1]?.title?.text).toBe(reference.items[1]?.title.en);
    // The annotations exist only in Chinese: shown in Chinese, said once.
    expect(en.fallbackNotice).toBe("Parts of this document are not yet available in English; shown in Chinese.");
  });

  it("lays out Arabic right to left with Arabic words around the English masthead", async () => {
    const ar = await build("ar");
    expect(ar.dir).toBe("rtl");
    expect(ar.sessionName).toBe("الاجتماع الثامن");
    expect(ar.sessionPlace).toBe("فيينا، 2 و3 تموز/يوليه 2018");
    expect(ar.masthead.organization).toBe("الأمم المتحدة");
    expect(ar.masthead.language).toBe("Arabic");
    expect(ar.agendaHeading).toBe("جدول الأعمال المؤقت");
    expect(ar.agenda[0]?.children.map((entry) => entry.label)).toEqual(["(أ)", "(ب)"]);
  });

  it("shows a French reader English where French is missing, with one notice", async () => {
    const fr = await build("fr");
    expect(fr.masthead).toMatchObject({
      distribution: "Distr. générale",
      language: "Français",
      original: "Original : chinois",
    });
    expect(fr.sessionName).toBe("Huitième réunion");
    expect(fr.sessionPlace).toBe("Vienne, 2 et 3 juillet 2018");
    expect(fr.agenda[0]?.title).toEqual({ text: "Organizational matters", lang: "en" });
    expect(fr.fallbackLanguages).toEqual(["en", "zh"]);
    expect(fr.fallbackNotice).toBe(
      "Certaines parties de ce document ne sont pas encore disponibles en français ; elles sont présentées en anglais et chinois.",
    );
  });
});
