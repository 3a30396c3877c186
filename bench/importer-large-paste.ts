import { readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { importAgendaText } from "../lib/agenda-parser/import-agenda";

/**
 * How long the importer takes on a 5 MB paste, in the layouts it meets: real agendas from the corpus repeated (as
 * lines, run together on one line, and as a pipe table), and a wall of one character. Prints, asserts nothing:
 * the issue asks for under a second, and timings belong here, not in tests.
 *   npx tsx bench/importer-large-paste.ts [megabytes, default 5]
 */

const megabytes = Number(process.argv[2] ?? 5);
const size = megabytes * 1024 * 1024;
const dir = new URL("../lib/agenda-parser/corpus/", import.meta.url);
const corpus = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(new URL(f, dir), "utf8"))
  .join("\n\n");

const fill = (piece: string): string => piece.repeat(Math.ceil(size / piece.length)).slice(0, size);

const SHAPES: Record<string, string> = {
  "corpus as pasted": fill(corpus),
  "corpus on one line": fill(corpus.replace(/\s*\n\s*/g, " ")),
  "corpus as a pipe table": fill(corpus.replace(/^(\d{1,3}\.|\([a-z]\))\s*(.*)$/gm, "| $1 | $2 |")),
  "one character": fill("x"),
  "list markers only": fill("1. A (a) B "),
};

for (const [name, text] of Object.entries(SHAPES)) {
  importAgendaText(text.slice(0, 10_000)); // warm up the regular expressions
  const started = performance.now();
  const result = importAgendaText(text);
  const ms = performance.now() - started;
  console.log(
    `${name.padEnd(24)} ${(text.length / 1e6).toFixed(1)} M chars  ${ms.toFixed(0).padStart(6)} ms  ` +
      `${result.items.length} items, ${result.warnings.length} warnings`,
  );
}
