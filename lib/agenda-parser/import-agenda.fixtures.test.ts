import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importAgendaText } from "./import-agenda";
import type { ImportedItem, ImportResult } from "./types";

const dir = fileURLToPath(new URL("./fixtures/", import.meta.url));
const load = (name: string) => ({
  text: readFileSync(`${dir}${name}.txt`, "utf8"),
  expected: JSON.parse(readFileSync(`${dir}${name}.expected.json`, "utf8")) as ImportResult,
});

const allItems = (items: ImportedItem[]): ImportedItem[] => items.flatMap((i) => [i, ...allItems(i.subItems)]);
const paragraphs = (r: ImportResult): string[] => allItems(r.items).flatMap((i) => i.annotation);

describe("every English, French and Spanish fixture", () => {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.slice(0, -4));

  it("has an expected structure", () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
  });

  it.each(names)("%s imports to exactly its expected structure", (name) => {
    const { text, expected } = load(name);
    expect(importAgendaText(text)).toEqual(expected);
  });
});

describe("a pdftotext export with page breaks (Working Group on Trafficking in Persons, ninth meeting)", () => {
  const result = importAgendaText(load("wg4-ninth-meeting.en").text);

  it("drops running headers, page numbers and job numbers, and joins the paragraph they interrupted", () => {
    for (const p of paragraphs(result))
      expect(p).not.toMatch(/V\.19-05678|2\/5|\*1905678\*|^CTOC\/COP\/WG\.4\/2019\/1$/);
    expect(paragraphs(result)).toContain(
      "The proposed organization of work (see annex) has been prepared in accordance with resolution 7/1 and to enable the Working Group to perform its functions within the time allotted and in line with the conference services available to it. The resources available will allow for the holding of four plenary meetings over two days, with interpretation into the six official languages of the United Nations.",
    );
  });

  it("keeps real hyphens and removes those that only split a word at the line end", () => {
    expect(result.items[1]?.annotation[0]).toContain("the follow-up of the recommendations");
    expect(result.items[1]?.annotation[0]).toContain(
      "on the identification of victims, and for international cooperation",
    );
  });

  it("rejoins a symbol wrapped after a slash and keeps a title containing quotes and “(a)”", () => {
    expect(result.items[1]?.documents[0]?.symbol).toBe("CTOC/COP/WG.4/2019/2");
    expect(result.items[2]?.title).toBe(
      'Use of the term "exploitation" in article 3 (a) of the Trafficking in Persons Protocol',
    );
  });
});

describe("a Word paste with one paragraph per line (Commission on Crime Prevention and Criminal Justice)", () => {
  const result = importAgendaText(load("ccpcj-five-days.en").text);

  it("schedules five days, with item 5 spanning three slots", () => {
    expect(new Set(result.organizationOfWork.map((s) => s.date)).size).toBe(5);
    const withFive = result.organizationOfWork.filter((s) => s.items.includes("5"));
    expect(withFive.map((s) => [s.date, s.start, s.continued])).toEqual([
      ["2022-05-18", "10:00", []],
      ["2022-05-18", "15:00", ["5"]],
      ["2022-05-19", "10:00", ["5"]],
    ]);
  });

  it("splits joint and corrected documents into one document per symbol", () => {
    expect(result.items[3]?.documents.map((d) => d.symbol)).toEqual(["E/CN.7/2022/2", "E/CN.15/2022/3"]);
    expect(result.items[4]?.documents.map((d) => d.symbol)).toEqual([
      "E/CN.15/2022/5",
      "E/CN.15/2022/5/Corr.1",
      "E/CN.15/2022/CRP.2",
    ]);
  });
});

describe("a double-spaced export with three levels of items (Working Group on Firearms)", () => {
  const result = importAgendaText(load("firearms-three-levels.en").text);

  it("nests (i) and (ii) under (a) and reads session dates that cross a month", () => {
    expect(allItems(result.items).map((i) => i.number)).toEqual([
      "1",
      "1(a)",
      "1(b)",
      "2",
      "2(a)",
      "2(a)(i)",
      "2(a)(ii)",
      "2(b)",
      "3",
      "4",
    ]);
    expect([result.session.startDate, result.session.endDate]).toEqual(["2020-09-28", "2020-10-02"]);
    expect(result.organizationOfWork.at(-1)).toMatchObject({ date: "2020-10-02", weekday: "Friday", items: ["4"] });
  });
});

describe("pdftotext output with every table cell and list number on its own line", () => {
  const result = importAgendaText(load("wg4-cell-per-line.en").text);

  it("puts numbers and titles back together and drops paragraph numbers", () => {
    expect(allItems(result.items).map((i) => `${i.number} ${i.title}`)).toEqual([
      "1 Organizational matters",
      "1(a) Opening of the meeting",
      "1(b) Adoption of the agenda and organization of work",
      "2 Other matters",
      "3 Adoption of the report",
    ]);
    expect(result.items[1]?.annotation).toEqual(["No issues have come to the attention of the Secretariat."]);
  });
});

describe("an agenda grouped in segments (Commission on Narcotic Drugs)", () => {
  const result = importAgendaText(load("cnd-segments.en").text);

  it("treats segment headings as neither items, nor titles, nor annotations", () => {
    expect(result.items.map((i) => i.number)).toEqual(["1", "2", "3", "4", "5"]);
    expect(paragraphs(result).join(" ")).not.toMatch(/segment/);
    expect(result.warnings).toEqual([{ line: 0, code: "no-annex-found" }]);
  });
});

describe("pdftotext output with list numbers apart from their titles and the annex read column by column", () => {
  const result = importAgendaText(load("wg4-numbers-apart.en").text);

  it("finds each heading although its number and title are separated by a blank line", () => {
    expect(result.items[1]?.annotation).toEqual([
      "The Working Group will have before it a background paper prepared by the Secretariat.",
    ]);
    expect(result.warnings).toEqual([]);
  });

  it("still assigns the items to their slots", () => {
    expect(result.organizationOfWork.map((s) => s.items)).toEqual([["1(a)", "1(b)", "2"], ["2"], ["3", "4"]]);
  });
});

describe("an annotated agenda that follows each item with its annotation (UN-Habitat Executive Board)", () => {
  const result = importAgendaText(load("unhabitat-interleaved.en").text);

  it("reads the items without swallowing their annotations into the titles", () => {
    expect(result.items.map((i) => i.title)).toEqual([
      "Opening of the session",
      "Adoption of the agenda and organization of work, including the schedule of meetings of the Executive Board for 2024",
      "Report of the Executive Director",
      "Adoption of the report of the session",
    ]);
    expect(result.items[0]?.annotation).toEqual([
      "The session will be opened at 10 a.m. on Tuesday, 14 November 2023, by the President of the Executive Board.",
    ]);
    expect(result.items[1]?.documents.map((d) => d.symbol)).toEqual(["HSP/EB.2023/18"]);
  });
});

describe("French and Spanish numbering", () => {
  it("reads “a)” and “a.” sub-items as (a)", () => {
    for (const name of ["traite-numerotation.fr", "trata-numeracion.es"]) {
      const result = importAgendaText(load(name).text);
      expect(result.items[0]?.subItems.map((i) => i.number)).toEqual(["1(a)", "1(b)"]);
      expect(result.organizationOfWork[0]?.items).toEqual(["1(a)", "1(b)", "2"]);
    }
  });
});

describe("a pdftotext -layout export of an UNCITRAL working group (symbols before descriptions, footnotes)", () => {
  const result = importAgendaText(load("uncitral-wg2-leading-symbols.en").text);
  const docs = result.items[3]?.documents ?? [];

  it("reads “SYMBOL, SYMBOL — Note by the Secretariat: title” as one document per symbol, titled after the label", () => {
    expect(docs.map((d) => d.symbol)).toEqual([
      "A/CN.9/WG.II/WP.231",
      "A/CN.9/WG.II/WP.231/Add.1",
      "A/CN.9/WG.II/WP.232/Rev.1",
      "A/CN.9/1129",
    ]);
    expect(docs[1]).toMatchObject({
      kind: "note by the Secretariat",
      title: "Draft provisions on the recognition and enforcement of electronic arbitral awards",
    });
    expect(result.items[2]?.documents[0]?.description).toBe("Annotated provisional agenda");
  });

  it("drops footnote calls flattened into digits but keeps “Add.1” and “Rev.1”", () => {
    expect(result.items[0]?.annotation[0]).toMatch(/end at 12\.30 p\.m\.$/);
    expect(result.items[3]?.annotation[0]).toContain("paras. 45–60). The Working Group");
    expect(result.items[3]?.annotation[0]).toContain("(A/CN.9/WG.II/WP.231 and Add.1)");
  });

  it("names a body designated by a numeral without an article", () => {
    expect(result.session.title).toBe("Seventy-eighth session of Working Group II (Dispute Settlement)");
  });
});

describe("a Word paste of a Human Rights Council working group (tab-separated symbols, draft programme of work)", () => {
  const result = importAgendaText(load("hrc-wg2-tabbed.en").text);

  it("keeps a documentation entry whose symbol is the agenda's own, tab-separated from its description", () => {
    expect(result.items[1]?.documents.map((d) => d.symbol)).toEqual(["A/HRC/WG.2/24/1"]);
  });

  it("reads “SYMBOL and Corr.1 <tab> title: note by the Chair-Rapporteur”", () => {
    expect(result.items[3]?.subItems[0]?.documents.map((d) => [d.symbol, d.title])).toEqual([
      ["A/HRC/WG.2/24/2", "Revised draft convention on the right to development"],
      ["A/HRC/WG.2/24/2/Corr.1", "Revised draft convention on the right to development"],
      ["A/HRC/WG.2/24/CRP.1", "Commentaries to the revised draft convention on the right to development"],
    ]);
  });
});

describe("a French pdftotext -layout export with a two-column masthead (UNCAC Implementation Review Group)", () => {
  const result = importAgendaText(load("irg-ordre-du-jour.fr").text);

  it("reads the body and the session dates, not the issue date beside them", () => {
    expect(result.body.name).toBe("Groupe d’examen de l’application");
    expect([result.session.venue, result.session.startDate, result.session.endDate]).toEqual([
      "Vienne",
      "2023-06-12",
      "2023-06-16",
    ]);
  });

  it("drops a superscript footnote call and splits “(X et X/Add.1)”", () => {
    expect(result.items[0]?.subItems[1]?.annotation[0]).toContain("contre la corruption. Le projet");
    expect(result.items[1]?.documents.map((d) => d.symbol)).toEqual([
      "CAC/COSP/IRG/2023/2",
      "CAC/COSP/IRG/2023/2/Add.1",
      "CAC/COSP/IRG/2023/3/Rev.1",
    ]);
  });
});

describe("a Spanish agenda in segments (Commission on Narcotic Drugs)", () => {
  const result = importAgendaText(load("cnd-series-de-sesiones.es").text);

  it("keeps the “Serie de sesiones” headings out of items and annotations", () => {
    expect(allItems(result.items).map((i) => i.number)).toEqual([
      "1",
      "2",
      "3",
      "3(a)",
      "3(b)",
      "4",
      "4(a)",
      "4(b)",
      "5",
      "6",
      "7",
    ]);
    expect(paragraphs(result).join(" ")).not.toMatch(/Serie de sesiones/);
    expect(result.warnings).toEqual([]);
  });
});
