/**
 * The lossy shapes of a clean paste, derived the way PDF viewers, browsers and Word produce them, so every layout
 * class is exercised on every clean agenda and not only on the few real pastes of that shape.
 */
import { normalTitle, type ExpectedItem } from "./score";

const MARKER = /^(\s*)(\d{1,3}\s*[.)]|\(\s*[a-z]{1,5}\s*\)\.?|[a-z]\))\s*(.*)$/;

/** Indexes of the lines that carry the expected items, in order; null when the list cannot be found line by line. */
function listLines(lines: readonly string[], expected: readonly ExpectedItem[]): number[] | null {
  const out: number[] = [];
  let next = 0;
  for (let i = 0; i < lines.length && next < expected.length; i++) {
    const m = MARKER.exec(lines[i] ?? "");
    const title = expected[next]?.[1] ?? "";
    if (!m) continue;
    const rest = normalTitle(m[3] ?? "");
    if (rest.length > 0 && rest.startsWith(normalTitle(title).slice(0, 16))) {
      out.push(i);
      next++;
    }
  }
  return next === expected.length ? out : null;
}

/** A PDF viewer that loses every line break. */
export const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, " ").trim();

/** A Word or HTML table pasted as pipe-separated rows: marker and title in their own cells. */
export function table(text: string, expected: readonly ExpectedItem[], separator: "|" | "\t"): string | null {
  const lines = text.split("\n");
  const rows = listLines(lines, expected);
  if (!rows) return null;
  for (const i of rows) {
    const m = MARKER.exec(lines[i] ?? "");
    if (!m) return null;
    lines[i] = separator === "|" ? `| ${m[2]?.trim()} | ${m[3]} |  |` : `${m[2]?.trim()}\t${m[3]}`;
  }
  return lines.join("\n");
}

/**
 * Word's automatic numbering lost in the copy: the markers of the list go, the rest of the text keeps its own.
 * Only lists whose entries end with ":", ";" or "." can be read back, so others give null.
 */
export function lostNumbers(text: string, expected: readonly ExpectedItem[]): string | null {
  const lines = text.split("\n");
  const rows = listLines(lines, expected);
  if (!rows) return null;
  for (const i of rows) {
    const m = MARKER.exec(lines[i] ?? "");
    const rest = m?.[3]?.trim() ?? "";
    if (!/[.;:]$/.test(rest)) return null;
    lines[i] = `${m?.[1] ?? ""}${rest}`;
  }
  return lines.join("\n");
}
