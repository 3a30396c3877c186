/**
 * Re-joins paragraphs. Extracted text comes in a few layouts, detected once per document:
 * - "marked": a trailing space ends a paragraph (Word/PDF exports such as the seed),
 * - blank lines between paragraphs (pdftotext), possibly double-spaced so blank lines mean nothing,
 * - "unwrapped": one paragraph per line (copied from Word).
 * Page breaks and UN paragraph numbers ("12. The Working Group ...") are handled in all of them.
 */
import { displayWidth, endsTerminal, TextBuilder, type WordIndex } from "./join";
import type { Line } from "./lines";
import type { ImportLanguage, Warn } from "./types";

export type Layout = {
  /** nearly every line is followed by an empty line, so empty lines are not paragraph breaks */
  doubleSpaced: boolean;
  /** trailing whitespace marks paragraph ends */
  marked: boolean;
  /** every line is a whole paragraph */
  unwrapped: boolean;
  /** typical display width of a full line */
  width: number;
  /**
   * Below this share of `width` a line ending a sentence ends its paragraph. Chinese wraps
   * between any two characters, so its inner lines are all full; English wraps at words.
   */
  shortRatio: number;
};

export type Paragraph = { text: string; line: number };

/** The width of a full line: the median of the long lines, so headings and last lines do not drag it down. */
function fullWidth(widths: number[]): number {
  widths.sort((a, b) => a - b);
  const high = widths[Math.floor(widths.length * 0.95)] ?? 80;
  const long = widths.filter((w) => w >= high * 0.8);
  return long[Math.floor(long.length / 2)] ?? 80;
}

export function detectLayout(lines: readonly Line[], language: ImportLanguage | null = null): Layout {
  let content = 0;
  let followedByEmpty = 0;
  let trailing = 0;
  const widths: number[] = [];
  for (const [i, line] of lines.entries()) {
    if (line.kind !== "content") continue;
    content++;
    if (lines[i + 1]?.kind === "empty") followedByEmpty++;
    if (line.trailing) trailing++;
    if (widths.length < 5000) widths.push(displayWidth(line.text.slice(0, 400)));
  }
  const width = fullWidth(widths);
  const marked = trailing >= 3 && trailing >= content * 0.05 && trailing <= content * 0.95;
  return {
    doubleSpaced: content >= 4 && followedByEmpty >= content * 0.6,
    marked,
    unwrapped: !marked && width > 180,
    width,
    shortRatio: language === "zh" ? 0.9 : 0.75,
  };
}

/** "12. The Working Group ..." — UN paragraph numbers, which are layout, not text. */
const PARAGRAPH_NUMBER = /^\d{1,3}\.\s+(?=[\p{Lu}\p{Script=Han}“"«(])/u;

export function stripParagraphNumber(text: string): string {
  return text.replace(PARAGRAPH_NUMBER, "");
}

const startsLower = (text: string): boolean => /^\p{Ll}/u.test(text);

/** Whether a wrapped line must continue whatever the layout says (a symbol or a word cut in two). */
function mustContinue(prev: Line): boolean {
  // A paragraph number alone on its line is followed by its paragraph ("1." / "The meeting ...").
  return prev.softHyphen || prev.text.endsWith("/") || /\p{L}-$/u.test(prev.text) || /^\d{1,3}\.$/.test(prev.text);
}

type Decision = "join" | "break" | "ambiguous-break";

function decide(prev: Line, next: Line, layout: Layout): Decision {
  if (mustContinue(prev)) return "join";
  if (PARAGRAPH_NUMBER.test(next.text) && endsTerminal(prev.text)) return "break";
  const short = displayWidth(prev.text) < layout.width * layout.shortRatio;
  if (layout.marked) {
    if (prev.trailing) return endsTerminal(prev.text) ? "break" : "ambiguous-break";
    // A short line ending a sentence without the marker: the marker may have been lost.
    if (endsTerminal(prev.text) && displayWidth(prev.text) < layout.width * 0.5 && !startsLower(next.text)) {
      return "ambiguous-break";
    }
    return "join";
  }
  if (layout.unwrapped) return "break";
  if (endsTerminal(prev.text) && short && !startsLower(next.text)) return "break";
  if (next.pageBreakBefore && endsTerminal(prev.text) && !startsLower(next.text)) return "ambiguous-break";
  return "join";
}

/**
 * Paragraphs of a block of lines (headings already taken out). `separate` lets a caller
 * force a break before a line, e.g. at each entry of a documentation list; it gets the
 * end of the paragraph so far.
 */
export function joinParagraphs(
  lines: readonly Line[],
  layout: Layout,
  words: WordIndex,
  warn: Warn,
  separate: (line: Line, currentTail: string) => boolean = () => false,
): Paragraph[] {
  const out: Paragraph[] = [];
  let current: { text: TextBuilder; line: number; last: Line } | null = null;
  const close = () => {
    if (current) out.push({ text: current.text.toString(), line: current.line });
    current = null;
  };
  for (const line of lines) {
    const cur: { text: TextBuilder; line: number; last: Line } | null = current;
    if (line.kind === "space" || (line.kind === "empty" && !layout.doubleSpaced)) {
      if (cur && !mustContinue(cur.last)) close();
      continue;
    }
    if (line.kind === "empty") continue;
    if (cur) {
      const decision = separate(line, cur.text.tail()) ? "break" : decide(cur.last, line, layout);
      if (decision === "join") {
        cur.text.append(line.text, words, cur.last.softHyphen);
        cur.last = line;
        continue;
      }
      if (decision === "ambiguous-break") warn(line.no, "ambiguous-paragraph-break");
      close();
    }
    current = { text: new TextBuilder(line.text), line: line.no, last: line };
  }
  close();
  return out;
}
