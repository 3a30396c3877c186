/**
 * Finding document symbols in free text such as annotations to the agenda.
 * Text comes from Word and PDF exports in all six languages, so symbols may be
 * full-width (Chinese), wrapped across a line after a slash, or followed by
 * sentence punctuation and closing brackets.
 */
import { KNOWN_SERIES } from "./symbol-grammar";
import { parseSymbol } from "./symbol-parse";

export interface FoundSymbol {
  symbol: string;
  /** index of the raw match in the original text (UTF-16 code units) */
  index: number;
  /** length of the raw match in the original text, including any line break inside it */
  length: number;
}

const SYMBOL_CHAR = /^[A-Za-z0-9/.()-]$/;
const SPACE = /^[\s\u200B-\u200D\u2060\uFEFF]$/u;
// No match may start in the middle of a token: "WG.4/2018" inside a longer symbol, or "7/1".
const CANDIDATE = /(?<![A-Za-z0-9./-])[A-Za-z]{1,10}(?:\/ *[A-Za-z0-9.()-]+)+/g;
const PLACEHOLDER = "\u0000";

/**
 * One character per code point of the input: its NFKC form when that is a single
 * symbol character, a space for any whitespace, and a placeholder otherwise.
 * Keeping a 1:1 mapping lets matches be reported at their raw positions.
 */
function mapText(text: string): { mapped: string; starts: number[]; ends: number[] } {
  let mapped = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const ch of text) {
    const n = ch.normalize("NFKC");
    if (SPACE.test(ch) || SPACE.test(n)) mapped += " ";
    else mapped += SYMBOL_CHAR.test(n) ? n : PLACEHOLDER;
    starts.push(index);
    index += ch.length;
    ends.push(index);
  }
  return { mapped, starts, ends };
}

const count = (s: string, ch: string): number => s.split(ch).length - 1;

/** Drops sentence punctuation and unmatched closing brackets at the end of a candidate. */
function trimEnd(mapped: string, start: number, end: number): number {
  while (end > start) {
    const last = mapped[end - 1];
    const piece = mapped.slice(start, end);
    if (last === "." || last === "-") end--;
    else if (last === ")" && count(piece, ")") > count(piece, "(")) end--;
    else break;
  }
  return end;
}

function accepted(written: string, symbol: string): boolean {
  const series = written.slice(0, written.indexOf("/"));
  // "and/or", "km/h" and the like are lower case; real series are written in capitals.
  if (!/^[A-Z]+$/.test(series)) return false;
  // Unknown series need more structure than "COVID/19" to count as a symbol.
  return KNOWN_SERIES.has(series) || count(symbol, "/") >= 2;
}

/**
 * When a candidate does not parse, its last component may be ordinary text that
 * followed a symbol (e.g. "A/78/250/ and"), so retry without it. Components that
 * look like symbol syntax are not dropped: "A/C.1/70/PV.2-12" is a range, not A/C.1/70.
 */
function dropLastComponent(mapped: string, start: number, end: number): number | undefined {
  const slash = mapped.lastIndexOf("/", end - 1);
  if (slash <= start) return undefined;
  const component = mapped.slice(slash + 1, end);
  return component.startsWith(" ") || /^[a-z]+$/.test(component) ? slash : undefined;
}

export function findSymbols(text: string): FoundSymbol[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const { mapped, starts, ends } = mapText(text);
  const found: FoundSymbol[] = [];
  for (const match of mapped.matchAll(CANDIDATE)) {
    const start = match.index;
    let end: number | undefined = start + match[0].length;
    while (end !== undefined && end > start) {
      end = trimEnd(mapped, start, end);
      const written = mapped.slice(start, end);
      const parsed = parseSymbol(written);
      if (parsed.ok && accepted(written, parsed.value.symbol)) {
        const index = starts[start] ?? 0;
        found.push({ symbol: parsed.value.symbol, index, length: (ends[end - 1] ?? index) - index });
        break;
      }
      end = dropLastComponent(mapped, start, end);
    }
  }
  return found;
}
