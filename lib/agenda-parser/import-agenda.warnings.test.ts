import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseSymbol } from "../documents/symbol";
import { importAgendaText } from "./import-agenda";

const seed = readFileSync(
  fileURLToPath(new URL("../../prisma/seed-data/ctoc-cop-wg4-2018-1.zh.txt", import.meta.url)),
  "utf8",
);

/** A small English agenda; `parts` replace its sections to provoke one problem at a time. */
function agenda(parts: { list?: string[]; documentation?: string[]; annex?: string[] } = {}): string {
  return [
    "Working Group on Trafficking in Persons", // 1
    "Vienna, 2 and 3 July 2018", // 2
    "Provisional agenda and annotations", // 3
    "Provisional agenda", // 4
    ...(parts.list ?? ["1. Opening of the meeting.", "2. Other matters.", "3. Adoption of the report."]),
    "Annotations",
    "1. Opening of the meeting",
    "The eighth meeting of the Working Group will be opened at 10 a.m. on Monday, 2 July 2018.",
    "Documentation",
    ...(parts.documentation ?? ["Provisional agenda and annotations (CTOC/COP/WG.4/2018/1)"]),
    "2. Other matters",
    "No other matters have been raised.",
    "3. Adoption of the report",
    "The Working Group will adopt its report.",
    "Annex",
    "Proposed organization of work",
    ...(parts.annex ?? [
      "Monday, 2 July",
      "10 a.m.–1 p.m. 1 Opening of the meeting",
      "2 Other matters",
      "3–6 p.m. 3 Adoption of the report",
    ]),
  ].join("\n");
}

const lineOf = (text: string, needle: string): number => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

describe("warnings point at the line to check", () => {
  it("the small agenda itself imports without any", () => {
    const result = importAgendaText(agenda());
    expect(result.warnings).toEqual([]);
    expect(result.organizationOfWork).toHaveLength(2);
  });

  it("says when it cannot tell whether a line continues the previous paragraph", () => {
    // A trailing space ends a paragraph in the seed's layout; here one follows an unfinished phrase.
    const text = seed.replace("加强《联合国打击跨国有组\n", "加强《联合国打击跨国有组 \n");
    const result = importAgendaText(text);
    const line = lineOf(text, "织犯罪公约》及其各项议定书的实施");
    expect(result.warnings).toEqual([{ line, code: "ambiguous-paragraph-break" }]);
    expect(result.items[0]?.subItems[1]?.annotation).toHaveLength(4);
  });

  it("reports an invalid symbol in a documentation list with the parser's error", () => {
    const text = agenda({ documentation: ["Note by the Secretariat (CTOC/COP/WG.4/2018/#3)"] });
    const error = parseSymbol("CTOC/COP/WG.4/2018/#3");
    expect(error.ok).toBe(false);
    expect(importAgendaText(text).warnings).toEqual([
      {
        line: lineOf(text, "#3"),
        code: "invalid-symbol",
        params: { text: "CTOC/COP/WG.4/2018/#3", error: error.ok ? "" : error.error.code },
      },
    ]);
  });

  it("reports a documentation entry that has no symbol", () => {
    const text = agenda({ documentation: ["Oral report of the Chair"] });
    expect(importAgendaText(text).warnings).toEqual([
      {
        line: lineOf(text, "Oral report"),
        code: "documentation-entry-without-symbol",
        params: { text: "Oral report of the Chair" },
      },
    ]);
  });

  it("reports items out of sequence and items listed twice, and keeps them", () => {
    const text = agenda({
      list: [
        "1. Opening of the meeting.",
        "3. Adoption of the report.",
        "3. Adoption of the report.",
        "2. Other matters.",
      ],
    });
    const result = importAgendaText(text);
    expect(result.items.map((i) => i.number)).toEqual(["1", "3", "3", "2"]);
    expect(result.warnings.slice(0, 3)).toEqual([
      { line: 6, code: "item-out-of-sequence", params: { number: "3", expected: "2" } },
      { line: 7, code: "duplicate-item", params: { number: "3" } },
      { line: 8, code: "item-out-of-sequence", params: { number: "2", expected: "4" } },
    ]);
  });

  it("reports an annex item that is not on the agenda", () => {
    const text = agenda({ annex: ["Monday, 2 July", "10 a.m.–1 p.m. 1 Opening of the meeting", "7 Something else"] });
    const result = importAgendaText(text);
    expect(result.warnings).toEqual([
      { line: lineOf(text, "7 Something"), code: "annex-item-not-on-agenda", params: { number: "7" } },
    ]);
    expect(result.organizationOfWork[0]?.items).toEqual(["1", "7"]);
  });

  it("reports a day it cannot date and a weekday that does not match the date", () => {
    const text = agenda({
      annex: [
        "Monday, 31 June",
        "10 a.m.–1 p.m. 1 Opening of the meeting",
        "Wednesday, 3 July",
        "3–6 p.m. 2 Other matters",
      ],
    });
    const result = importAgendaText(text);
    expect(result.warnings).toEqual([
      { line: lineOf(text, "31 June"), code: "unrecognised-date", params: { text: "Monday, 31 June" } },
      { line: lineOf(text, "Wednesday"), code: "weekday-mismatch", params: { text: "Wednesday, 3 July" } },
    ]);
    expect(result.organizationOfWork.map((s) => [s.date, s.weekday])).toEqual([
      ["", "Monday"],
      ["2018-07-03", "Tuesday"],
    ]);
  });

  it("reports a slot with a start time but no end time", () => {
    const text = agenda({ annex: ["Monday, 2 July", "10 a.m. 1 Opening of the meeting"] });
    const result = importAgendaText(text);
    expect(result.warnings).toEqual([
      {
        line: lineOf(text, "10 a.m. 1"),
        code: "unrecognised-time",
        params: { text: "10 a.m. 1 Opening of the meeting" },
      },
    ]);
    expect(result.organizationOfWork).toEqual([
      { date: "2018-07-02", weekday: "Monday", start: "10:00", end: "", items: ["1"], continued: [] },
    ]);
  });

  it("reports text that is not an agenda at all", () => {
    expect(importAgendaText("Dear colleagues,\nplease find attached the minutes of the meeting.").warnings).toEqual([
      { line: 0, code: "no-agenda-found" },
    ]);
  });
});
