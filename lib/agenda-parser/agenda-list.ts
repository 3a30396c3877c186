/**
 * The agenda list between "Provisional agenda" and "Annotations": items 1…n (or I, II…),
 * sub-items (a), (b)… and (i), (ii)… under them. Titles wrap across lines and lose their
 * list punctuation ("；", "。", ";", ".", ":").
 */
import { displayWidth, TextBuilder, type WordIndex } from "./join";
import { readDayLine } from "./dates";
import { CONTINUED } from "./keywords";
import type { Line } from "./lines";
import { itemNumber, letterName, readMarker, toRoman, type Marker } from "./numbering";
import { readTimeRangeAtStart } from "./times";
import { cleanTitle, SYMBOL_ROW } from "./titles";
import type { ImportedDocument, Warn } from "./types";

export type AgendaNode = {
  number: string;
  /** position among its siblings, 1-based as written (a = 1, ii = 2, IV = 4) */
  value: number;
  level: 0 | 1 | 2;
  title: string;
  line: number;
  children: AgendaNode[];
  parent: AgendaNode | null;
  annotation: string[];
  documents: ImportedDocument[];
  annotated: boolean;
};

export type AgendaList = {
  items: AgendaNode[];
  /** index of the first line not read, when the list ended by itself */
  stoppedAt: number;
  /** unnumbered group headings such as "Operational segment", repeated in the annotations */
  segments: string[];
  /** each item is followed by its annotation, with no separate list ("annotated provisional agenda") */
  interleaved: boolean;
};

/** Whether a title already ended, so the next unnumbered line is not its continuation. */
const titleEnded = (title: string): boolean => /[;；.。]$/.test(title.slice(-2).trim());

type State = {
  style: "number" | "roman" | null;
  items: AgendaNode[];
  /** values already used at the top level, to spot duplicates without rescanning */
  seen: Set<number>;
  top: AgendaNode | null;
  sub: AgendaNode | null;
  current: AgendaNode | null;
  /** titles being assembled from wrapped lines, set on the nodes when the list ends */
  titles: Map<AgendaNode, TextBuilder>;
  segments: string[];
  /** other text came between the title being read and this line, so the line cannot be the title going on */
  interrupted: boolean;
};

function node(
  number: string,
  value: number,
  level: 0 | 1 | 2,
  title: string,
  line: number,
  parent: AgendaNode | null,
): AgendaNode {
  return { number, value, level, title, line, children: [], parent, annotation: [], documents: [], annotated: false };
}

/** Picks the reading of an ambiguous "(i)": the next letter, else the next Roman numeral under the current sub-item. */
function subReading(
  m: Extract<Marker, { kind: "sub" }>,
  state: State,
): { level: 1 | 2; value: number; expected: number } | null {
  if (!state.top) return null;
  const expectedLetter = (state.top.children.at(-1)?.value ?? 0) + 1;
  const expectedRoman = state.sub ? (state.sub.children.at(-1)?.value ?? 0) + 1 : undefined;
  if (m.letter === expectedLetter) return { level: 1, value: m.letter, expected: expectedLetter };
  if (m.roman !== undefined && expectedRoman !== undefined && m.roman === expectedRoman)
    return { level: 2, value: m.roman, expected: expectedRoman };
  if (m.letter !== undefined && (m.roman === undefined || expectedRoman === undefined || m.letter <= 8)) {
    return { level: 1, value: m.letter, expected: expectedLetter };
  }
  if (m.roman !== undefined && expectedRoman !== undefined)
    return { level: 2, value: m.roman, expected: expectedRoman };
  return null;
}

/** The last line of the title being read, where its list punctuation is. */
const lastTitleLine = (state: State): string | null =>
  state.current ? (state.titles.get(state.current)?.last ?? "") : null;

/** A marker that breaks the sequence may just be a wrapped title starting with "(a)" or "2.". */
function looksLikeContinuation(state: State, line: Line): boolean {
  const last = lastTitleLine(state);
  return last !== null && !state.interrupted && !titleEnded(last) && !/[:：]$/.test(last) && line.text.length < 200;
}

// A title line ending like this was cut by the line width: "Review of the implementation of".

export const WRAPPED_END = /(?:[,，、:：]|\s(?:of|on|the|to|and|for|against|in|with|de|des|du|la|le|et|del|y|и|по))$/iu;

/**
 * Whether `line` continues the title whose last line is `last`. Inside a list that an
 * "Annotations" heading closes, any unpunctuated title may wrap; without one, prose may
 * follow a title directly, so only a title that visibly wrapped takes the next line.
 */
function continuesTitle(last: string, line: Line, bounded: boolean, width: number): boolean {
  if (/^\p{Ll}/u.test(line.text)) return true;
  if (bounded) return !titleEnded(last);
  return last === "" || WRAPPED_END.test(last) || (!titleEnded(last) && displayWidth(last) >= width * 0.6);
}

export function parseAgendaList(
  lines: readonly Line[],
  bounded: boolean,
  width: number,
  words: WordIndex,
  warn: Warn,
): AgendaList {
  let interleaved = false;
  const state: State = {
    style: null,
    items: [],
    seen: new Set(),
    top: null,
    sub: null,
    current: null,
    titles: new Map(),
    segments: [],
    interrupted: false,
  };
  for (const [i, line] of lines.entries()) {
    if (line.kind !== "content") continue;
    const m = readMarker(line.text);
    const placed = m ? place(m, line, state, bounded, warn) : "no";
    if (placed === "stop") return finish(state, i, interleaved);
    if (placed === "yes") continue;
    // "(FCCC/SBSTA/2008/1; FCCC/SBSTA/2008/2)": a table's row of documents under the item, never part of its title.
    // Likewise a programme's day or meeting line ("Tuesday, 4 June 2019", "3–6 p.m. 2nd meeting").
    if (
      SYMBOL_ROW.test(line.text) ||
      (line.text.length <= 120 && (readDayLine(line.text) || readTimeRangeAtStart(line.text)))
    ) {
      state.interrupted = true;
      continue;
    }
    const last = lastTitleLine(state);
    if (state.current && last !== null && continuesTitle(last, line, bounded, width)) {
      state.titles.get(state.current)?.append(line.text, words);
      continue;
    }
    if (isSegmentHeading(lines, i, state)) {
      state.segments.push(line.text);
      continue;
    }
    state.interrupted = true;
    if (!bounded && state.items.length > 0) {
      // Prose after an item: its annotation, in a document that interleaves the two.
      interleaved = true;
      continue;
    }
    if (bounded) warn(line.no, "agenda-line-ignored", { text: line.text.slice(0, 120) });
  }
  return finish(state, lines.length, interleaved);
}

/** "Operational segment", "Normative segment": short unnumbered headings right before the next item. */
function isSegmentHeading(lines: readonly Line[], i: number, state: State): boolean {
  const text = lines[i]?.text ?? "";
  // Only words: a documentation entry "Annotated provisional agenda (HSP/EB.2023/18)" is no heading.
  if (text.length > 80 || !/^[\p{Lu}\p{Lo}][\p{L}\p{M}\s'’-]*$/u.test(text)) return false;
  // The next content line, however many blank lines a double-spaced extraction puts in between.
  const next = lines.slice(i + 1, i + 10).find((l) => l.kind === "content");
  const m = next ? readMarker(next.text) : null;
  return m !== null && (m.kind === "number" || m.kind === "roman") && m.value === (state.items.at(-1)?.value ?? 0) + 1;
}

function finish(state: State, stoppedAt: number, interleaved: boolean): AgendaList {
  for (const [node, title] of state.titles) node.title = cleanTitle(title.toString());
  return { items: state.items, stoppedAt, segments: state.segments, interleaved };
}

/** "C." after "A." and "B." is the third sub-item, not item 100. */
function asLetter(m: Marker, state: State): Marker {
  if (m.kind !== "roman" || m.letter === undefined || !state.top) return m;
  const expectedTop = (state.items.at(-1)?.value ?? 0) + 1;
  const expectedLetter = (state.top.children.at(-1)?.value ?? 0) + 1;
  const letter = state.style === "number" || (m.value !== expectedTop && m.letter === expectedLetter);
  return letter ? { kind: "sub", letter: m.letter, rest: m.rest } : m;
}

function place(marker: Marker, line: Line, state: State, bounded: boolean, warn: Warn): "yes" | "no" | "stop" {
  const m = asLetter(marker, state);
  if (m.kind === "number" || m.kind === "roman") {
    state.style ??= m.kind;
    if (m.kind !== state.style) return "no";
    const last = state.items.at(-1);
    const expected = (last?.value ?? 0) + 1;
    if (m.value !== expected) {
      if (looksLikeContinuation(state, line)) return "no";
      // A programme lists an item again in a later meeting, marked "(continued)": it is already on the agenda.
      if (state.seen.has(m.value) && CONTINUED.test(m.rest)) {
        state.interrupted = true;
        return "yes";
      }
      // Without an "Annotations" heading, the list ends where the annotations restart at item 1.
      if (!bounded && last && m.value <= last.value) return "stop";
      if (state.seen.has(m.value)) warn(line.no, "duplicate-item", { number: label(m.kind, m.value) });
      else warn(line.no, "item-out-of-sequence", { number: label(m.kind, m.value), expected: label(m.kind, expected) });
    }
    const item = node(label(m.kind, m.value), m.value, 0, m.rest, line.no, null);
    state.items.push(item);
    state.titles.set(item, new TextBuilder(item.title));
    state.seen.add(m.value);
    state.top = item;
    state.sub = null;
    state.current = item;
    state.interrupted = false;
    return "yes";
  }
  // "2 (a). Adoption of the agenda" in a programme that never lists item 2 itself: the item is added, untitled.
  if (m.top !== undefined && state.style !== "roman" && state.top?.value !== m.top && !state.seen.has(m.top)) {
    state.style ??= "number";
    const item = node(String(m.top), m.top, 0, "", line.no, null);
    state.items.push(item);
    state.titles.set(item, new TextBuilder(""));
    state.seen.add(m.top);
    state.top = item;
    state.sub = null;
  }
  const reading = subReading(m, state);
  if (!reading) return "no";
  if (reading.value !== reading.expected && looksLikeContinuation(state, line)) return "no";
  const parent = reading.level === 1 ? state.top : state.sub;
  if (!parent) return "no";
  const mark = reading.level === 1 ? letterName(reading.value) : toRoman(reading.value);
  const number = reading.level === 1 ? itemNumber(parent.number, mark) : `${parent.number}(${mark})`;
  if (reading.value !== reading.expected) {
    const expectedMark = reading.level === 1 ? letterName(reading.expected) : toRoman(reading.expected);
    warn(line.no, "item-out-of-sequence", { number, expected: `${parent.number}(${expectedMark})` });
  }
  const child = node(number, reading.value, reading.level, m.rest, line.no, parent);
  parent.children.push(child);
  state.titles.set(child, new TextBuilder(child.title));
  if (reading.level === 1) state.sub = child;
  state.current = child;
  state.interrupted = false;
  return "yes";
}

const label = (kind: "number" | "roman", value: number): string =>
  kind === "number" ? String(value) : toRoman(value).toUpperCase();

/** Every node in reading order: 1, 1(a), 1(b), 2, … */
export function flatten(items: readonly AgendaNode[]): AgendaNode[] {
  const out: AgendaNode[] = [];
  const walk = (n: AgendaNode) => {
    out.push(n);
    n.children.forEach(walk);
  };
  items.forEach(walk);
  return out;
}
