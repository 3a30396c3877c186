import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importAgendaText } from "./import-agenda";
import type { ImportResult } from "./types";

const read = (relative: string) => readFileSync(fileURLToPath(new URL(relative, import.meta.url)), "utf8");

/** Everything but the warnings, which may legitimately differ between extractions. */
const draft = ({ warnings: _warnings, ...rest }: ImportResult) => rest;

// The same document as different PDF and Word exports render it.
const EXTRACTIONS: Record<string, (text: string) => string> = {
  "single-spaced": (t) => t.replace(/\n{2,}/g, "\n"),
  "without trailing spaces": (t) => t.replace(/[ \t]+\n/g, "\n"),
  "single-spaced without trailing spaces": (t) => t.replace(/\n{2,}/g, "\n").replace(/[ \t]+\n/g, "\n"),
  "with a trailing space on every line": (t) => t.replace(/(\S)\n/g, "$1 \n"),
  "double-spaced": (t) => t.replace(/\n/g, "\n\n"),
  "with Windows line endings": (t) => t.replace(/\n/g, "\r\n"),
  "with no-break spaces": (t) => t.replace(/ /g, "\u00a0"),
};

describe.each([
  ["the reference session (zh)", "../../prisma/seed-data/ctoc-cop-wg4-2018-1.zh.txt"],
  ["the ninth meeting (en)", "./fixtures/wg4-ninth-meeting.en.txt"],
  ["the firearms meeting (en)", "./fixtures/firearms-three-levels.en.txt"],
  ["the Commission session (en)", "./fixtures/ccpcj-five-days.en.txt"],
  ["the UNCITRAL working group (en)", "./fixtures/uncitral-wg2-leading-symbols.en.txt"],
  ["the Human Rights Council working group (en)", "./fixtures/hrc-wg2-tabbed.en.txt"],
  ["the Implementation Review Group (fr)", "./fixtures/irg-ordre-du-jour.fr.txt"],
  ["the Commission in segments (es)", "./fixtures/cnd-series-de-sesiones.es.txt"],
])("%s extracted in other layouts", (_name, path) => {
  const text = read(path);
  const expected = draft(importAgendaText(text));

  it.each(Object.keys(EXTRACTIONS))("gives the same draft %s", (layout) => {
    const transform = EXTRACTIONS[layout];
    if (!transform) throw new Error(layout);
    expect(draft(importAgendaText(transform(text)))).toEqual(expected);
  });
});
