/**
 * An agenda numbered automatically in Word loses its numbers when copied: items and sub-items come as plain lines.
 * The numbering is read back from the structure the list keeps: a line ending with ":" opens sub-items, whose
 * lines end with ";" until the last one ends with "." (or with nothing, in lists without punctuation). Sub-items
 * that kept their letters ("(a) …") while the items lost their numbers are common too.
 */
import { WRAPPED_END } from "./agenda-list";
import { displayWidth } from "./join";
import type { Line } from "./lines";
import { letterName, readMarker, toRoman } from "./numbering";

const ENDED = /[.;:。；：]$/;

/** Whether the list region has no item numbers at all but does have entries, i.e. its numbering was lost. */
export function lostNumbering(lines: readonly Line[]): boolean {
  let plain = 0;
  for (const line of lines) {
    if (line.kind !== "content") continue;
    const m = readMarker(line.text);
    if (m && (m.kind === "number" || m.kind === "roman")) return false;
    if (!m) plain++;
  }
  return plain >= 2;
}

/** A line that goes on with the entry above it rather than starting one. */
function continues(last: string, text: string, width: number): boolean {
  if (ENDED.test(last)) return false;
  if (/^[\p{Ll}\d]/u.test(text)) return true;
  return WRAPPED_END.test(last) || displayWidth(last) >= width * 0.85;
}

/** The letter of the next marked sub-item within a few lines, to tell an unmarked "(a)" from a wrapped title. */
function nextLetter(lines: readonly Line[], from: number): number | null {
  for (let i = from, seen = 0; i < lines.length && seen < 5; i++) {
    const line = lines[i];
    if (line?.kind !== "content") continue;
    seen++;
    const m = readMarker(line.text);
    if (m?.kind === "sub") return m.letter ?? null;
  }
  return null;
}

/**
 * Copies of the lines with the numbers written back in ("1. …", "(a) …"), so the list reads as if they had never
 * been lost. Lines that continue an entry stay as they are.
 */
export function renumber(lines: readonly Line[], width: number): Line[] {
  const explicitSubs = lines.some((l) => l.kind === "content" && readMarker(l.text)?.kind === "sub");
  let top = 0;
  let subOpen = false;
  let subs = 0;
  // A sub-item ending with ":" opens sub-sub-items (i), (ii) … in the same way.
  let innerOpen = false;
  let inner = 0;
  let last = "";
  return lines.map((line, i) => {
    if (line.kind !== "content") return line;
    const text = line.text;
    const m = readMarker(text);
    if (m?.kind === "sub" && top > 0) {
      subs = m.letter ?? subs + 1;
      last = text;
      return line;
    }
    if (last !== "" && continues(last, text, width)) {
      last = text;
      return line;
    }
    let marker: string;
    if (innerOpen && !explicitSubs) {
      inner++;
      marker = `(${toRoman(inner)})`;
      if (!/[;；]$/.test(text)) innerOpen = false;
    } else if (subOpen && !explicitSubs) {
      subs++;
      marker = `(${letterName(subs)})`;
      // The last sub-item ends with a full stop; one ending with ";" is followed by another.
      if (/[:：]$/.test(text)) {
        innerOpen = true;
        inner = 0;
      } else if (!/[;；]$/.test(text)) subOpen = false;
    } else if (subOpen && /[:：]$/.test(last) && explicitSubs && subs === 0 && nextLetter(lines, i + 1) === 2) {
      // The first sub-item lost its letter while the others kept theirs.
      subs = 1;
      marker = "(a)";
    } else if (subOpen && /[:：]$/.test(last) && explicitSubs && subs === 0) {
      // Sub-items keep their letters in this list, so an unmarked line after a colon is the title going on.
      last = text;
      return line;
    } else {
      top++;
      subs = 0;
      subOpen = /[:：]$/.test(text);
      marker = `${top}.`;
    }
    last = text;
    return { ...line, text: `${marker} ${text}` };
  });
}
