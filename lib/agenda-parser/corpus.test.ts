import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { lostNumbers, oneLine, table } from "./corpus/derive";
import { flattenItems, ratio, scoreItems, type CorpusEntry, type ExpectedItem } from "./corpus/score";
import { importAgendaText } from "./import-agenda";

/**
 * One test over every real agenda at once, so a change that helps one layout cannot quietly break another.
 * Each real paste counts in its own layout class; the clean ones are also copied into the lossy shapes.
 */

const dir = fileURLToPath(new URL("./corpus/", import.meta.url));
const entries = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => {
    const name = f.slice(0, -5);
    const entry = JSON.parse(readFileSync(`${dir}${f}`, "utf8")) as CorpusEntry;
    return { name, entry, text: readFileSync(`${dir}${name}.txt`, "utf8") };
  });

type Case = { name: string; layout: string; derived: boolean; text: string; items: ExpectedItem[] };

const cases: Case[] = entries.flatMap(({ name, entry, text }) => {
  const real: Case = { name, layout: entry.layout, derived: false, text, items: entry.items };
  // Lossy shapes only from pastes that kept their lines: a lossy paste copied again says nothing new.
  if (!["clean", "note", "furniture", "programme", "languages"].includes(entry.layout)) return [real];
  const shapes: Array<[string, string | null]> = [
    ["one-line", oneLine(text)],
    ["table", table(text, entry.items, "|")],
    ["table", table(text, entry.items, "\t")],
    ["lost-numbers", lostNumbers(text, entry.items)],
    // Windows line endings and no-break spaces, as Word on Windows gives them: the clean layout, copied again.
    ["clean", text.replace(/\n/g, "\r\n").replace(/ /g, "\u00a0")],
  ];
  return [
    real,
    ...shapes.flatMap(([layout, shaped], k): Case[] =>
      shaped === null
        ? []
        : [{ name: `${name} as ${layout} #${k}`, layout, derived: true, text: shaped, items: entry.items }],
    ),
  ];
});

const scored = cases.map((c) => {
  const result = importAgendaText(c.text);
  return { ...c, score: scoreItems(c.items, flattenItems(result.items)) };
});

function summary() {
  const byClass = new Map<
    string,
    { real: number; derived: number; expected: number; matched: number; invented: number }
  >();
  for (const s of scored) {
    const row = byClass.get(s.layout) ?? { real: 0, derived: 0, expected: 0, matched: 0, invented: 0 };
    if (s.derived) row.derived++;
    else row.real++;
    row.expected += s.score.expected;
    row.matched += s.score.matched;
    row.invented += s.score.invented;
    byClass.set(s.layout, row);
  }
  const total = [...byClass.values()].reduce(
    (a, r) => ({
      expected: a.expected + r.expected,
      matched: a.matched + r.matched,
      invented: a.invented + r.invented,
    }),
    { expected: 0, matched: 0, invented: 0 },
  );
  return { byClass, total };
}

describe("the corpus of real agendas", () => {
  it("holds at least 25 real agendas of many bodies, in several languages", () => {
    expect(entries.length).toBeGreaterThanOrEqual(25);
    expect(new Set(entries.map((e) => e.entry.body)).size).toBeGreaterThanOrEqual(10);
    for (const { entry } of entries) expect(entry.source).toMatch(/^https?:\/\//);
  });

  it("reads at least 95 % of the items exactly, inventing none from notes, in every layout at once", () => {
    const { byClass, total } = summary();
    const lines = [...byClass.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([layout, r]) =>
          `${layout.padEnd(14)} ${String(r.real).padStart(3)} real ${String(r.derived).padStart(3)} derived  ` +
          `${r.matched}/${r.expected} items, ${r.invented} invented: ${(100 * ratio(r)).toFixed(1)} %`,
      );
    const failures = scored
      .filter((s) => s.score.matched < s.score.expected || s.score.invented > 0)
      .map((s) => `  ${s.name}: ${[...s.score.missed, ...s.score.extra.map((e) => `+ ${e}`)].slice(0, 4).join(" | ")}`);
    console.log(
      [
        "Importer score per layout class",
        ...lines,
        `overall        ${scored.length} cases  ${total.matched}/${total.expected} items, ${total.invented} invented: ${(100 * ratio(total)).toFixed(1)} %`,
        ...(failures.length > 0 ? ["Not exact:", ...failures] : []),
      ].join("\n"),
    );
    expect(ratio(total)).toBeGreaterThanOrEqual(0.95);
  });

  it("never takes a note's own numbered paragraphs for agenda items", () => {
    for (const s of scored.filter((x) => x.layout === "note")) expect(s.score.extra, s.name).toEqual([]);
  });
});
