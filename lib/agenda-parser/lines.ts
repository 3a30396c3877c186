/**
 * Turns pasted text into clean lines: caps the input, strips invisible and control
 * characters, and drops page furniture (running headers, page numbers, job numbers,
 * bar codes, footnote rules) that PDF extraction leaves between the real lines.
 */
import { parseSymbol } from "../documents/symbol";
import { findDate } from "./dates";
import { DOCUMENT_TITLE, headingKey, matchesAny } from "./keywords";
import { readMarker } from "./numbering";
import { dropFootnoteCalls, footnoteNumbers, type FootnoteBlock } from "./footnotes";
import { isPageFurniture } from "./furniture";
import {
  applyAgendaReferences,
  hasListHeading,
  isRunTogether,
  itemHeadings,
  newSequence,
  splitRun,
  tableRow,
  usesItemHeadings,
} from "./reflow";
import type { Warn } from "./types";

/** Inputs are processed up to this many UTF-16 code units (~1 MB of Latin text); an agenda is rarely 50 KB. */
export const MAX_INPUT_CHARS = 1_000_000;

export type Line = {
  /** 1-based line number in the input */
  no: number;
  /** trimmed, runs of spaces collapsed */
  text: string;
  /** the raw line ended with whitespace: in PDF extractions this often marks the end of a paragraph */
  trailing: boolean;
  /** "space" lines hold only whitespace, which extractions emit for empty paragraphs */
  kind: "content" | "space" | "empty";
  /** the line follows a page break (form feed or removed page furniture) */
  pageBreakBefore: boolean;
  /** the line ended with a soft hyphen, i.e. a word was split here */
  softHyphen: boolean;
};

export type PreparedText = { lines: Line[]; masthead: string[] };

// C0/C1 controls except tab; U+FFFD is what decoders leave for bytes they could not read.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFD]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
const WIDE_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const SPACES = /[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const SPACED_CALL = /\s\d{1,2}(?=\s[:：;](?:\s|$))/g;
/** The word a spaced footnote call follows: a Roman numeral ("Annex I 1 :") or a lower-case word. */
const CALLED_WORD = /(?:^|\s)(?:[IVXL]{1,4}|\p{Ll}{3,})$/u;

function dropSpacedCalls(s: string): string {
  // The word before is checked on a short window: a look-behind over a run of letters would be quadratic.
  return s.replace(SPACED_CALL, (call: string, offset: number) =>
    CALLED_WORD.test(s.slice(Math.max(0, offset - 16), offset)) ? "" : call,
  );
}
const SUPERSCRIPT_CALL = /(?<=[\p{L}\p{P}])[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]+(?=[\s\p{P}]|$)/gu;

function capInput(input: string, warn: Warn): string {
  if (input.length <= MAX_INPUT_CHARS) return input;
  let cut = input.lastIndexOf("\n", MAX_INPUT_CHARS);
  if (cut < MAX_INPUT_CHARS * 0.9) cut = MAX_INPUT_CHARS;
  const code = input.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  const kept = input.slice(0, cut);
  let lineCount = 1;
  for (let i = kept.indexOf("\n"); i !== -1; i = kept.indexOf("\n", i + 1)) lineCount++;
  warn(lineCount, "input-truncated", { limit: MAX_INPUT_CHARS });
  return kept;
}

/** A line that is nothing but a document symbol, as running headers are. */
export function bareSymbol(text: string): string | null {
  if (text.length > 60 || !/^[A-Z][A-Za-z0-9./()\-]*\/[A-Za-z0-9./()\-]+\*?$/.test(text)) return null;
  const parsed = parseSymbol(text);
  return parsed.ok ? parsed.value.symbol : null;
}

function splitRaw(input: string): Array<{ raw: string; formFeedBefore: boolean }> {
  const parts = input.split(/(\r\n|[\r\n\u2028\u2029\f\v\u0085])/);
  const out: Array<{ raw: string; formFeedBefore: boolean }> = [];
  let formFeed = false;
  for (let i = 0; i < parts.length; i += 2) {
    out.push({ raw: parts[i] ?? "", formFeedBefore: formFeed });
    formFeed = parts[i + 1] === "\f";
  }
  return out;
}

function cleanLine(raw: string, no: number, formFeedBefore: boolean): { line: Line; removed: number } {
  let removed = 0;
  let s = raw.replace(CONTROL, () => {
    removed++;
    return "";
  });
  s = s.replace(INVISIBLE, "").replace(SPACES, " ");
  const softHyphen = /\u00AD\s*$/.test(s);
  s = s.replace(/\u00AD/g, "");
  // Footnote calls kept as superscript digits ("la corruption¹.") are not part of the sentence.
  s = s.replace(SUPERSCRIPT_CALL, "");
  // A footnote call the copy set apart from its word, before a spaced colon: "anexo I 1 :", "Annex I 1 :".
  s = dropSpacedCalls(s);
  const text = s.trim().replace(/ {2,}/g, " ");
  const kind = s.length === 0 ? "empty" : text.length === 0 ? "space" : "content";
  return { line: { no, text, trailing: /\s$/.test(s), kind, pageBreakBefore: formFeedBefore, softHyphen }, removed };
}

const endsSentence = (text: string): boolean => /[.。!?！？)）]$/.test(text);

const MASTHEAD_SYMBOL_LINE =
  /^(?:united nations|联合国|nations unies|naciones unidas|организация объединенных наций|الأمم المتحدة)\s+(\S+)$/i;

/** Repeated bare-symbol lines are running headers; the first ones near the top are the masthead symbol. */
function runningHeaders(lines: Line[]): { headers: Set<number>; masthead: string[] } {
  const bySymbol = new Map<string, number[]>();
  let contentSeen = 0;
  const masthead: string[] = [];
  const headers = new Set<number>();
  lines.forEach((line, i) => {
    if (line.kind !== "content") return;
    contentSeen++;
    // Mastheads put the organization's name and the symbol on one line: "United Nations    CTOC/COP/WG.4/2019/1".
    const withName = contentSeen <= 12 ? MASTHEAD_SYMBOL_LINE.exec(line.text) : null;
    const symbol = bareSymbol(withName ? (withName[1] ?? "") : line.text);
    if (!symbol) return;
    if (contentSeen <= 12) {
      masthead.push(symbol);
      headers.add(i);
    }
    const seen = bySymbol.get(symbol);
    if (seen) seen.push(i);
    else bySymbol.set(symbol, [i]);
  });
  for (const indexes of bySymbol.values()) if (indexes.length >= 2) indexes.forEach((i) => headers.add(i));
  // A bare symbol next to a page number is a header even when it appears once.
  for (const indexes of bySymbol.values()) {
    for (const i of indexes) {
      const near = [lines[i - 1], lines[i - 2], lines[i + 1], lines[i + 2]];
      if (near.some((l) => l && l.kind === "content" && isPageFurniture(l.text))) headers.add(i);
    }
  }
  return { headers, masthead };
}

/** Raw lines this far into the text may still be the masthead. */
const MASTHEAD_LINES = 25;

/** What the right-hand column of a masthead holds: symbol, "Distr.", issue date, "Original", the version's language. */
function mastheadCell(text: string): boolean {
  const date = findDate(text);
  const onlyDate = date !== null && date.index === 0 && date.length >= text.replace(/[.\s]+$/, "").length;
  return onlyDate || isPageFurniture(text) || bareSymbol(text) !== null;
}

/**
 * Layout-preserving extraction (pdftotext -layout, Word tables) puts the masthead's two columns on
 * one line: "Conférence des États parties à la      Distr. générale". Read apart, the body's name is
 * whole again and the issue date cannot pass for the session's. Only splits where a cell is masthead material.
 */
function mastheadColumns(raw: string): string[] {
  const cells = raw.split(/(?<=\S)(?:\t|[ \u00A0]{3,})+(?=\S)/u);
  if (cells.length < 2 || !cells.some((c) => mastheadCell(c.trim().replace(/\s+/g, " ")))) return [raw];
  return cells;
}

export function prepareLines(input: string, warn: Warn): PreparedText {
  const text = capInput(typeof input === "string" ? input : "", warn);
  let removed = 0;
  let firstRemovedAt = 0;
  const cleaned: Line[] = [];
  let inMasthead = true;
  const rawLines = splitRaw(text);
  // A document copied onto one line is cut back at its list numbers, in the list's own sequence.
  // Item headings give the structure themselves; cutting at numbers too would take the note's paragraphs for items.
  const headingsOnly = usesItemHeadings(text) && !hasListHeading(text);
  const runTogether = !headingsOnly && isRunTogether(rawLines.map((r) => r.raw));
  const sequence = newSequence();
  for (const [i, { raw, formFeedBefore }] of rawLines.entries()) {
    // The masthead ends at the document's title; below it, tabs separate a symbol from its description.
    if (i >= MASTHEAD_LINES || matchesAny(DOCUMENT_TITLE, headingKey(raw.trim()))) inMasthead = false;
    // No-break and other wide spaces read as spaces from here on (tabs stay: they separate masthead columns).
    const row = tableRow(raw.replace(WIDE_SPACES, " "));
    const pieces = itemHeadings(row).flatMap((piece) => (runTogether ? splitRun(piece, sequence) : [piece]));
    const cells = pieces.flatMap((piece) => (inMasthead && !runTogether ? mastheadColumns(piece) : [piece]));
    for (const [k, cell] of cells.entries()) {
      // Cells of one raw line keep its number, so warnings still point at the input.
      const result = cleanLine(cell, i + 1, formFeedBefore && k === 0);
      if (result.removed > 0 && removed === 0) firstRemovedAt = i + 1;
      removed += result.removed;
      cleaned.push(result.line);
    }
  }
  if (removed > 0) warn(firstRemovedAt, "unreadable-characters", { count: removed });

  const { headers, masthead } = runningHeaders(cleaned);
  const out: Line[] = [];
  let pageBreak = false;
  let skipEmpty = false;
  const footnotes: FootnoteBlock[] = [];
  for (let i = 0; i < cleaned.length; i++) {
    const line = cleaned[i];
    if (!line) continue;
    const furniture = line.kind === "content" && (headers.has(i) || isPageFurniture(line.text));
    const footnoteRule = line.kind === "content" && /^[_\-–—]{5,}$/.test(line.text);
    // "* Reissued for technical reasons ...": asterisk footnotes are notes on the page, not agenda text.
    // So is a line opening with a superscript number ("¹ Resolution 3/1, annex.").
    const footnote =
      line.kind === "content" &&
      line.text.length < 400 &&
      /^(?:[*†‡]{1,3}|[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]{1,3})\s*\p{Lu}/u.test(line.text);
    if (footnote) {
      // A footnote wraps onto lines of its own until its sentence ends.
      for (let k = 0; k < 3 && !endsSentence(cleaned[i]?.text ?? ""); k++) {
        const next = cleaned[i + 1];
        if (next?.kind !== "content" || readMarker(next.text) !== null) break;
        i++;
      }
      continue;
    }
    if (furniture || footnoteRule) {
      // Blank lines around page furniture are layout, not paragraph breaks.
      while (out.at(-1)?.kind === "empty") out.pop();
      if (footnoteRule) {
        const last = skipFootnotes(cleaned, i);
        footnotes.push({ numbers: footnoteNumbers(cleaned.slice(i + 1, last + 1)), end: out.length });
        i = last;
      }
      pageBreak = true;
      skipEmpty = true;
      continue;
    }
    if (skipEmpty && line.kind === "empty") continue;
    skipEmpty = false;
    if (line.kind === "content" && pageBreak) {
      line.pageBreakBefore = true;
      pageBreak = false;
    }
    out.push(line);
  }
  dropFootnoteCalls(out, footnotes);
  return { lines: applyAgendaReferences(out), masthead };
}

/** Footnotes sit between the rule and the next page's furniture; without such furniture only the rule goes. */
function skipFootnotes(lines: Line[], rule: number): number {
  for (let j = rule + 1; j < lines.length && j <= rule + 12; j++) {
    const line = lines[j];
    if (line?.kind === "content" && (isPageFurniture(line.text) || bareSymbol(line.text))) return j - 1;
  }
  return rule;
}
