import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importAgendaText } from "./import-agenda";
import { MAX_INPUT_CHARS } from "./lines";
import type { ImportResult } from "./types";
import { wellFormedProblems } from "./well-formed";

const seed = readFileSync(
  fileURLToPath(new URL("../../prisma/seed-data/ctoc-cop-wg4-2018-1.zh.txt", import.meta.url)),
  "utf8",
);
const english = readFileSync(fileURLToPath(new URL("./fixtures/wg4-ninth-meeting.en.txt", import.meta.url)), "utf8");

const lineCount = (text: string): number => text.split(/\r\n|[\r\n\u2028\u2029\f\v\u0085]/).length;

function expectWellFormed(text: string): ImportResult {
  const result = importAgendaText(text);
  expect(wellFormedProblems(result, lineCount(text))).toEqual([]);
  expect(result.warnings.map((w) => w.code)).not.toContain("internal-error");
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  return result;
}

// Pieces of real agendas, so random documents reach deep into the parser rather than stopping at "no agenda".
const FRAGMENTS = [...seed.split("\n"), ...english.split("\n")].filter((l) => l.trim() !== "");
const MARKERS = [
  "1.",
  "2.",
  "I.",
  "II.",
  "(a)",
  "(b)",
  "(i)",
  "a)",
  "b.",
  "Annex",
  "附件",
  "Documentation",
  "文件",
  "Annotations",
  "说明",
  "Provisional agenda",
  "临时议程",
  "Monday, 2 July",
  "7月 2日，星期一",
  "10 a.m.–1 p.m.",
  "上午 10 时至下午 1 时",
  "3–6 p.m.",
  "(continued)",
  "（续）",
  "CTOC/COP/WG.4/2018/",
  "CRP.1）",
  "(A/HRC/1",
  "resolution 7/1",
  "第 7/1 号决议",
  " ",
  "",
];

const documentLike = fc
  .array(
    fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...MARKERS), fc.string({ unit: "binary", maxLength: 40 })),
    { maxLength: 120 },
  )
  .chain((lines) => fc.constantFrom("\n", "\r\n", "\n\n", " \n\n").map((sep) => lines.join(sep)));

describe("importAgendaText never throws and always returns well-formed drafts", () => {
  it("for arbitrary Unicode text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 2000 }), (text) => void expectWellFormed(text)),
      { numRuns: 300 },
    );
  });

  it("for text assembled from pieces of real agendas", () => {
    fc.assert(
      fc.property(documentLike, (text) => void expectWellFormed(text)),
      { numRuns: 300 },
    );
  });

  it("for very long lines", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1000, max: 200_000 }),
        (piece, times) => {
          void expectWellFormed(piece.repeat(Math.ceil(times / piece.length)));
        },
      ),
      { numRuns: 20 },
    );
  });

  it("for values that are not strings at all, as an untyped caller might pass", () => {
    for (const value of [undefined, null, 42, {}, ["1. Item"]]) {
      expect(importAgendaText(value as unknown as string).items).toEqual([]);
    }
  });
});

describe("explicit awkward inputs", () => {
  it("reports that an empty paste contains no agenda", () => {
    const result = expectWellFormed("");
    expect(result.items).toEqual([]);
    expect(result.language).toBeNull();
    expect(result.warnings).toEqual([{ line: 0, code: "no-agenda-found" }]);
  });

  it("survives binary junk and says unreadable characters were removed", () => {
    const bytes = Array.from({ length: 20_000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join("");
    const result = expectWellFormed(bytes);
    expect(result.warnings[0]).toMatchObject({ code: "unreadable-characters" });
  });

  it("imports the first megabyte of a 5 MB paste quickly and says the rest was left out", () => {
    const huge = seed.repeat(Math.ceil(5_000_000 / seed.length));
    const started = performance.now();
    const result = expectWellFormed(huge);
    expect(performance.now() - started).toBeLessThan(5000);
    const truncated = result.warnings.find((w) => w.code === "input-truncated");
    expect(truncated?.params).toEqual({ limit: MAX_INPUT_CHARS });
    expect(truncated?.line).toBeGreaterThan(1000);
    expect(result.items.map((i) => i.number)).toEqual(["1", "2", "3", "4", "5"]);
  });

  it("imports an agenda that has no annex, and says so", () => {
    const result = expectWellFormed(seed.slice(0, seed.indexOf(" 附件")));
    expect(result.items).toEqual(importAgendaText(seed).items);
    expect(result.organizationOfWork).toEqual([]);
    expect(result.warnings).toEqual([{ line: 0, code: "no-annex-found" }]);
  });

  it("reads items numbered in Roman numerals, with capital-letter sub-items", () => {
    const text = [
      "Intergovernmental Working Group on the Right to Development",
      "Twenty-third session",
      "Geneva, 15–19 May 2023",
      "Provisional agenda",
      "I. Opening of the session.",
      "II. Election of the Chair-Rapporteur.",
      "III. Thematic discussions:",
      "A. Operationalization of the right to development;",
      "B. Draft convention on the right to development;",
      "C. Follow-up to previous sessions.",
      "IV. Adoption of the report.",
    ].join("\n");
    const result = expectWellFormed(text);
    expect(result.items.map((i) => [i.number, i.title, i.subItems.map((s) => s.number)])).toEqual([
      ["I", "Opening of the session", []],
      ["II", "Election of the Chair-Rapporteur", []],
      ["III", "Thematic discussions", ["III(a)", "III(b)", "III(c)"]],
      ["IV", "Adoption of the report", []],
    ]);
    expect(result.session).toMatchObject({
      ordinal: 23,
      venue: "Geneva",
      startDate: "2023-05-15",
      endDate: "2023-05-19",
    });
    expect(result.session.title).toBe(
      "Twenty-third session of the Intergovernmental Working Group on the Right to Development",
    );
  });
});
