/**
 * Where the parts of an annotated agenda start and end: masthead, agenda list,
 * annotations and the annex with the proposed organization of work.
 * Indexes refer to the prepared lines, ends are exclusive.
 */
import {
  AGENDA_LIST,
  ANNEX,
  ANNOTATIONS,
  DOCUMENT_TITLE,
  ORGANIZATION_OF_WORK,
  headingKey,
  matchesAny,
} from "./keywords";
import type { Line } from "./lines";
import { readMarker } from "./numbering";

export type Range = { start: number; end: number };

export type Sections = {
  documentTitle: string | null;
  mastheadEnd: number;
  /** the agenda list; `bounded` when an annotations heading closes it */
  list: (Range & { bounded: boolean }) | null;
  annotations: Range | null;
  annex: Range | null;
};

/** Heading keys of all lines, computed once: every section search reads them. */
type Keys = readonly string[];

function findFrom(keys: Keys, from: number, patterns: readonly RegExp[], skip = -1): number {
  for (let i = Math.max(from, 0); i < keys.length; i++) {
    if (i !== skip && matchesAny(patterns, keys[i] ?? "")) return i;
  }
  return -1;
}

function nextContent(lines: readonly Line[], from: number, count: number): number[] {
  const out: number[] = [];
  for (let i = from; i < lines.length && out.length < count; i++) if (lines[i]?.kind === "content") out.push(i);
  return out;
}

/** The annex holding the organization of work: the one whose title says so, else the first. */
function findAnnex(lines: readonly Line[], keys: Keys, from: number): Range | null {
  const headings: number[] = [];
  for (let i = from; i >= 0 && i < lines.length; i++) if (matchesAny(ANNEX, keys[i] ?? "")) headings.push(i);
  const titled = headings.find((h) =>
    nextContent(lines, h + 1, 3).some((i) => matchesAny(ORGANIZATION_OF_WORK, keys[i] ?? "")),
  );
  const start = titled ?? headings[0] ?? findFrom(keys, from, ORGANIZATION_OF_WORK);
  if (start === undefined || start < 0) return null;
  const end = headings.find((h) => h > start) ?? lines.length;
  return { start: start + 1, end };
}

/** "2. The provisional agenda for the seventh session, proposed after consultation with the Chairman, is as follows:" */
const INTRODUCES_LIST =
  /(?:\b(?:is|are|reads?) as follows|\bcomme suit|\best (?:le|la) suivante?|\bcomo sigue|\bes el siguiente|\bsiguientes?|следующ(?:ая|ий|им образом)|كما يلي|على النحو التالي|如下)\s*[:：]$/iu;

const AGENDA_WORD = /agenda|programa|ordre du jour|повестк|جدول الأعمال|议程/iu;

/** A note that introduces the agenda in one of its own numbered paragraphs: the list starts right after it. */
function introducedList(lines: readonly Line[], from: number): number {
  for (let i = Math.max(from, 0); i < lines.length; i++) {
    const line = lines[i];
    if (line?.kind !== "content" || !INTRODUCES_LIST.test(line.text.slice(-60))) continue;
    // The paragraph names what follows; its list may have lost its numbers, so the next line is not checked.
    if (AGENDA_WORD.test(line.text)) return i;
  }
  return -1;
}

/** Four entries in a row ending with list punctuation, one of them opening sub-items with ":" and the next ";". */
function punctuatedRun(lines: readonly Line[]): number {
  const content = lines.flatMap((l, i) => (l.kind === "content" ? [i] : []));
  for (let k = 0; k + 3 < content.length; k++) {
    const run = content.slice(k, k + 4).map((i) => lines[i]?.text ?? "");
    if (!run.every((t) => /[.;:。；：]$/.test(t) && t.length < 300)) continue;
    const opens = run.findIndex((t, j) => /[:：]$/.test(t) && /[;；]$/.test(run[j + 1] ?? ""));
    if (opens !== -1) return content[k] ?? -1;
  }
  return -1;
}

function colonBeforeFirstSub(lines: readonly Line[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line?.kind !== "content" || !/[:：]$/.test(line.text)) continue;
    const next = nextContent(lines, i + 1, 1)[0];
    const m = next === undefined ? null : readMarker(lines[next]?.text ?? "");
    if (m?.kind === "sub" && m.letter === 1) return i;
  }
  return -1;
}

export function findSections(lines: readonly Line[]): Sections {
  const keys: Keys = lines.map((l) => (l.kind === "content" ? headingKey(l.text) : ""));
  const title = findFrom(keys, 0, DOCUMENT_TITLE);
  const introduction = introducedList(lines, title + 1);
  let listHeading = introduction !== -1 ? introduction : findFrom(keys, title + 1, AGENDA_LIST, title);
  // Without a separate "Provisional agenda" heading the list starts right under the title.
  if (listHeading === -1 && title !== -1) listHeading = title;
  let listStart = listHeading === -1 ? -1 : listHeading + 1;
  if (listStart === -1) {
    const first = lines.findIndex((l) => {
      if (l.kind !== "content") return false;
      const m = readMarker(l.text);
      // "I. PREPARATORY SEGMENT": a part of the document in capitals, not item I.
      if (m?.kind === "roman" && !/\p{Ll}/u.test(m.rest.replace(/\([^)]*\)/g, ""))) return false;
      return m !== null && (m.kind === "number" || m.kind === "roman") && m.value === 1;
    });
    listStart = first;
  }
  // Items without numbers whose sub-items kept their letters: the list starts at the line that opens "(a)".
  if (listStart === -1) listStart = colonBeforeFirstSub(lines);
  // Nothing numbered at all: the first run of entries punctuated as a list ("…:", "…;", "….").
  if (listStart === -1) listStart = punctuatedRun(lines);
  const annotationsHeading = listStart === -1 ? -1 : findFrom(keys, listStart, ANNOTATIONS);
  const annex = findAnnex(lines, keys, Math.max(annotationsHeading, listStart, 0));
  const annexHeading = annex ? annex.start - 1 : lines.length;
  const list =
    listStart === -1
      ? null
      : {
          start: listStart,
          end: annotationsHeading !== -1 ? annotationsHeading : annexHeading,
          bounded: annotationsHeading !== -1,
        };
  const annotations = annotationsHeading === -1 ? null : { start: annotationsHeading + 1, end: annexHeading };
  const mastheadEnd =
    title !== -1 ? title : listHeading !== -1 ? listHeading : listStart !== -1 ? listStart : Math.min(lines.length, 40);
  return {
    documentTitle: lines[title]?.text.replace(/[*†‡]+$/u, "").trim() ?? null,
    mastheadEnd,
    list,
    annotations,
    annex,
  };
}
