/**
 * The annotations repeat each agenda heading, then give paragraphs and a documentation
 * list. Headings are recognised by their number and by their title matching the agenda
 * list, because UN paragraphs are numbered too ("2. In its resolution 7/1, ...").
 */
import { flatten, type AgendaNode } from "./agenda-list";
import { parseDocumentation } from "./documentation";
import { comparable, joinPieces, similarity, type WordIndex } from "./join";
import { DOCUMENTATION, headingKey, matchesAny } from "./keywords";
import type { Line } from "./lines";
import { readMarker, romanValue, type Marker } from "./numbering";
import { joinParagraphs, stripParagraphNumber, type Layout } from "./paragraphs";
import type { Warn } from "./types";

type Cursor = {
  top: AgendaNode | null;
  sub: AgendaNode | null;
  /** the top-level item after `top` */ next: AgendaNode | null;
};

const ITEM_PREFIX = /^(?:agenda\s+)?item\s+(\d{1,3}|[IVXLC]{1,7})(?:\s*[.:：]|\s+(?=\S))\s*/iu;

function readHeadingMarker(text: string): Marker | null {
  const item = ITEM_PREFIX.exec(text);
  if (item) {
    const rest = text.slice(item[0].length);
    const written = item[1] ?? "";
    const value = /^\d/.test(written) ? Number(written) : romanValue(written);
    if (value) return /^\d/.test(written) ? { kind: "number", value, rest } : { kind: "roman", value, rest };
  }
  return readMarker(text);
}

function candidates(
  m: Marker,
  items: readonly AgendaNode[],
  byValue: ReadonlyMap<number, AgendaNode[]>,
  cursor: Cursor,
): AgendaNode[] {
  if (m.kind !== "sub") {
    const items = byValue.get(m.value) ?? [];
    // A capital "C." may be a sub-item of a Roman-numbered item rather than item C (100).
    const letters =
      m.kind === "roman" && m.letter !== undefined && cursor.top
        ? cursor.top.children.filter((c) => c.value === m.letter)
        : [];
    return [...items, ...letters];
  }
  const out: AgendaNode[] = [];
  // When the parent's own heading is missing, "(a)" belongs to the item after the last one seen.
  const next = cursor.top ? cursor.next : items[0];
  for (const parent of [cursor.top, next]) {
    if (parent && m.letter !== undefined) out.push(...parent.children.filter((c) => c.value === m.letter));
  }
  if (cursor.sub && m.roman !== undefined) out.push(...cursor.sub.children.filter((c) => c.value === m.roman));
  return out;
}

function nextContentIndex(lines: readonly Line[], from: number, limit: number): number {
  for (let j = from; j < lines.length && j <= limit; j++) if (lines[j]?.kind === "content") return j;
  return -1;
}

/** Index after the heading when `rest` (plus maybe a few wrapped lines) is the node's title, else -1. */
function matchTitle(lines: readonly Line[], i: number, rest: string, title: string, words: WordIndex): number {
  const target = comparable(title);
  let got = comparable(rest);
  if (target.length === 0) return got.length === 0 ? i + 1 : -1;
  if (got === target) return i + 1;
  if (got.length === 0) {
    // The number stands alone ("2."), the title follows on the next lines.
    const k = nextContentIndex(lines, i + 1, i + 4);
    const next = lines[k]?.text ?? "";
    return k !== -1 && readMarker(next) === null ? matchTitle(lines, k, next, title, words) : -1;
  }
  if (target.startsWith(got)) {
    let text = rest;
    for (let j = i + 1, seen = 0; j < lines.length && seen < 4; j++) {
      const line = lines[j];
      if (line?.kind !== "content") continue;
      seen++;
      text = joinPieces(text, line.text, words, lines[j - 1]?.softHyphen ?? false);
      got = comparable(text);
      if (got === target) return j + 1;
      if (!target.startsWith(got)) break;
    }
    if (comparable(rest).length >= target.length * 0.6) return i + 1;
  }
  const close = similarity(rest, title) >= 0.7 && rest.length <= title.length * 1.5 + 10;
  return close ? i + 1 : -1;
}

/**
 * A heading run on into its paragraph, as text copied onto one line gives it: "(a) Opening of the session By its
 * resolution 58/4, …". The paragraph that follows the title, or null when `rest` is not the title and more.
 */
function runOnParagraph(rest: string, title: string): string | null {
  const target = comparable(title);
  if (target.length < 4) return null;
  // Annotations may shorten the title ("Opening of the session" for "Opening of the session of the Conference"):
  // the longest start of the title that a capitalised sentence follows.
  let best: string | null = null;
  const max = Math.min(rest.length, title.length * 2 + 20);
  for (let k = 1; k < max; k++) {
    if (!/\s/.test(rest.charAt(k))) continue;
    const got = comparable(rest.slice(0, k));
    if (!target.startsWith(got)) break;
    const tail = rest.slice(k).trim();
    if (got.length >= target.length * 0.5 && /^[\p{Lu}“"«]/u.test(tail)) best = tail;
  }
  return best;
}

function fillBlock(node: AgendaNode, block: Line[], layout: Layout, words: WordIndex, warn: Warn): void {
  let documentation = false;
  let segment: Line[] = [];
  const flush = () => {
    if (documentation) {
      const listed = new Set(node.documents.map((d) => d.symbol));
      for (const doc of parseDocumentation(segment, layout, words, warn)) {
        if (!listed.has(doc.symbol)) node.documents.push(doc);
        listed.add(doc.symbol);
      }
    } else {
      for (const p of joinParagraphs(segment, layout, words, warn)) {
        const text = stripParagraphNumber(p.text).trim();
        if (text) node.annotation.push(text);
      }
    }
    segment = [];
  };
  for (const line of block) {
    if (line.kind === "content" && matchesAny(DOCUMENTATION, headingKey(line.text))) {
      flush();
      documentation = true;
      continue;
    }
    segment.push(line);
  }
  flush();
}

export function parseAnnotations(
  lines: readonly Line[],
  items: readonly AgendaNode[],
  segments: readonly string[],
  layout: Layout,
  words: WordIndex,
  warn: Warn,
): void {
  const segmentKeys = new Set(segments.map(comparable));
  const cursor: Cursor = { top: null, sub: null, next: null };
  const topIndex = new Map(items.map((item, i) => [item, i]));
  const byValue = new Map<number, AgendaNode[]>();
  for (const item of items) byValue.set(item.value, [...(byValue.get(item.value) ?? []), item]);
  let current: AgendaNode | null = null;
  let block: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const m = line.kind === "content" && line.text.length < 400 ? readHeadingMarker(line.text) : null;
    let matched: { node: AgendaNode; next: number; tail?: string } | null = null;
    if (m) {
      for (const candidate of candidates(m, items, byValue, cursor)) {
        const next = matchTitle(lines, i, m.rest, candidate.title, words);
        if (next !== -1) {
          matched = { node: candidate, next };
          break;
        }
      }
    }
    // Run together with its paragraph, a heading makes a long line: only its start is read as a heading.
    const long = !matched && line.kind === "content" ? readHeadingMarker(line.text.slice(0, 400)) : null;
    if (long) {
      const rest = line.text.slice(Math.min(line.text.length, 400) - long.rest.length);
      for (const candidate of candidates(long, items, byValue, cursor)) {
        const tail = runOnParagraph(rest, candidate.title);
        if (tail !== null) {
          matched = { node: candidate, next: i + 1, tail };
          break;
        }
      }
    }
    if (!matched) {
      // Segment headings repeated from the agenda list belong to no item.
      if (!(
        segmentKeys.size > 0 &&
        line.kind === "content" &&
        line.text.length <= 80 &&
        segmentKeys.has(comparable(line.text))
      ))
        block.push(line);
      continue;
    }
    if (current) fillBlock(current, block, layout, words, warn);
    block = matched.tail ? [{ ...line, text: matched.tail }] : [];
    current = matched.node;
    current.annotated = true;
    if (current.level === 0) {
      cursor.top = current;
      cursor.sub = null;
    } else if (current.level === 1) {
      cursor.top = current.parent;
      cursor.sub = current;
    }
    cursor.next = cursor.top ? (items[(topIndex.get(cursor.top) ?? items.length) + 1] ?? null) : null;
    i = matched.next - 1;
  }
  if (current) fillBlock(current, block, layout, words, warn);

  const all = flatten(items);
  if (!all.some((n) => n.annotated)) {
    warn(lines[0]?.no ?? 0, "no-annotations-found");
    return;
  }
  for (const n of all) if (!n.annotated) warn(n.line, "item-not-annotated", { number: n.number });
}
