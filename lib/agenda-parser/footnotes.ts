/**
 * Footnote calls that PDF extraction flattens into ordinary digits: "…end at 12.30 p.m.1" or
 * "(A/CN.9/1129, paras. 45–60).2 The Working Group…". A digit is only taken for a call when a
 * footnote with that number was found at the foot of the same page, and only where it is glued to
 * the end of a lower-case word or a closing mark, so "Add.1", "WP.231" and "item 2" stay intact.
 */
import type { Line } from "./lines";

/** Footnotes found under one rule, and where the page's text ended in the prepared lines. */
export type FootnoteBlock = { numbers: number[]; end: number };

/** Lines of text (blank ones aside) scanned back from a page's footnotes for their calls. */
const PAGE_LINES = 80;

/** Numbers of the footnotes among the lines under a rule: "1  See A/CN.9/1126, paras. 12–20." */
export function footnoteNumbers(lines: readonly Line[]): number[] {
  const out: number[] = [];
  for (const line of lines) {
    const m = line.kind === "content" ? /^(\d{1,3})\s+\S/.exec(line.text) : null;
    if (m) out.push(Number(m[1]));
  }
  return out;
}

function callPattern(n: number): RegExp {
  // After a whole lower-case word ("corruption1", "session.1", "p.m.1") or a closing mark ("60).2").
  return new RegExp(
    String.raw`(?<=(?:(?<![\p{L}\d])\p{Ll}{2,}|(?<![\p{L}\d])[ap]\.m|[)\]”"’])[.,;:]?)${n}(?=\s|$)`,
    "u",
  );
}

/** Removes each footnote's call from the text above it, the nearest one first; lines are edited in place. */
export function dropFootnoteCalls(lines: Line[], blocks: readonly FootnoteBlock[]): void {
  for (const block of blocks) {
    for (const n of block.numbers) {
      const re = callPattern(n);
      for (let i = block.end - 1, seen = 0; i >= 0 && seen < PAGE_LINES; i--) {
        const line = lines[i];
        if (line?.kind !== "content") continue;
        seen++;
        if (!re.test(line.text)) continue;
        line.text = line.text.replace(re, "");
        break;
      }
    }
  }
}
