/**
 * Entry point: pasted text of a "provisional agenda and annotations" → a structured draft
 * session. Never throws: whatever cannot be understood becomes a warning with a line number.
 */
import { flatten, parseAgendaList, type AgendaNode } from "./agenda-list";
import { looksLikeProgramme, parseAnnex } from "./annex";
import { parseAnnotations } from "./annotations";
import { buildWordIndex } from "./join";
import { detectLanguage } from "./language";
import { prepareLines } from "./lines";
import { parseMasthead } from "./masthead";
import { detectLayout } from "./paragraphs";
import { referencedInAnnotations, symbolPrefix } from "./references";
import { findSections } from "./sections";
import { readOpening, titleFromMasthead } from "./session";
import type { ImportedItem, ImportResult, ImportWarning, Warn } from "./types";
import { lostNumbering, renumber } from "./unnumbered";

/** At most this many warnings of one kind are reported. */
export const MAX_WARNINGS_PER_CODE = 50;

function emptyResult(warnings: ImportWarning[]): ImportResult {
  return {
    language: null,
    body: { name: null, symbolPrefix: null },
    session: {
      ordinal: null,
      title: null,
      venue: null,
      startDate: null,
      endDate: null,
      opensAt: null,
      documentTitle: null,
    },
    items: [],
    referencedInAnnotations: { documents: [], resolutions: [] },
    organizationOfWork: [],
    warnings,
  };
}

function toItem(node: AgendaNode): ImportedItem {
  return {
    number: node.number,
    title: node.title,
    annotation: node.annotation,
    documents: node.documents,
    subItems: node.children.map(toItem),
  };
}

/** A year to place annex days in when the masthead gives none: the agenda symbol's, else the commonest in the text. */
function guessYear(text: string, symbols: readonly string[]): number | null {
  for (const s of symbols) {
    const y = /\/((?:19|20)\d\d)\//.exec(s);
    if (y) return Number(y[1]);
  }
  const counts = new Map<number, number>();
  for (const m of text.slice(0, 200_000).matchAll(/(?<!\d)((?:19[5-9]|20\d)\d)(?!\d)/g)) {
    const y = Number(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = y;
  return best;
}

function run(text: string, warnings: ImportWarning[]): ImportResult {
  const perCode = new Map<string, number>();
  const warn: Warn = (line, code, params) => {
    // A flood of identical warnings helps nobody; the first ones show where to look.
    const count = (perCode.get(code) ?? 0) + 1;
    perCode.set(code, count);
    if (count <= MAX_WARNINGS_PER_CODE) warnings.push(params ? { line, code, params } : { line, code });
  };
  const { lines, masthead: mastheadSymbols } = prepareLines(text, warn);
  const joined = lines.map((l) => l.text).join("\n");
  const language = detectLanguage(joined);
  if (language === null && joined.trim().length > 0) warn(0, "language-not-detected");
  const layout = detectLayout(lines, language);
  const words = buildWordIndex(lines.map((l) => l.text));
  const sections = findSections(lines);
  const masthead = parseMasthead(lines, sections.mastheadEnd);

  let items: AgendaNode[] = [];
  if (sections.list) {
    const { start, end, bounded } = sections.list;
    let listLines = lines.slice(start, end);
    if (lostNumbering(listLines)) {
      // Word's automatic numbering did not survive the copy: numbers are read back from the list's structure.
      listLines = renumber(listLines, layout.width);
      warn(lines[start]?.no ?? 0, "numbering-recovered");
    }
    const list = parseAgendaList(listLines, bounded, layout.width, words, warn);
    items = list.items;
    // Without an "Annotations" heading they follow the list, or each item in turn.
    const unheaded = bounded ? null : { start: list.interleaved ? start : start + list.stoppedAt, end };
    const annotations = sections.annotations ?? unheaded;
    if (items.length > 0 && annotations)
      parseAnnotations(lines.slice(annotations.start, annotations.end), items, list.segments, layout, words, warn);
    else if (items.length > 0) warn(0, "no-annotations-found");
  }
  if (items.length === 0) warn(0, "no-agenda-found");

  const nodes = flatten(items);
  const documents = nodes.flatMap((n) => n.documents.map((d) => d.symbol));
  const prefix = symbolPrefix(documents, mastheadSymbols);
  const fallbackYear = masthead.startDate ? Number(masthead.startDate.slice(0, 4)) : guessYear(joined, mastheadSymbols);
  // The opening is announced under the first item; later items recall past meetings that also "opened".
  const firstItem = items[0] ? flatten([items[0]]).flatMap((n) => n.annotation) : [];
  const opening =
    readOpening(firstItem, fallbackYear) ??
    readOpening(
      nodes.flatMap((n) => n.annotation),
      fallbackYear,
    );

  // A programme of meetings has no annex: its days and slots run through the whole text.
  const annex =
    sections.annex ??
    (sections.list && items.length > 0 && looksLikeProgramme(lines) ? { start: 0, end: lines.length } : null);
  const slots = annex
    ? parseAnnex(
        lines.slice(annex.start, annex.end),
        {
          titles: new Map(nodes.map((n) => [n.number, n.title])),
          sessionStart: masthead.startDate ?? opening?.date ?? null,
          fallbackYear,
        },
        words,
        warn,
      )
    : [];
  if (slots.length === 0 && items.length > 0) warn(annex ? (lines[annex.start - 1]?.no ?? 0) : 0, "no-annex-found");

  const datedSlots = slots.filter((s) => s.date !== "");
  const startDate = masthead.startDate ?? opening?.date ?? datedSlots[0]?.date ?? null;
  const endDate = masthead.endDate ?? datedSlots.at(-1)?.date ?? startDate;
  if (!startDate && items.length > 0) warn(0, "session-dates-not-found");
  const openingDate = opening?.date ?? startDate;
  const openingTime = opening?.time ?? (datedSlots[0]?.date === openingDate ? datedSlots[0]?.start : null);

  return {
    language,
    body: { name: masthead.bodyName, symbolPrefix: prefix },
    session: {
      ordinal: opening?.ordinal ?? masthead.ordinal,
      title: opening?.title ?? titleFromMasthead(masthead, language),
      venue: masthead.venue,
      startDate,
      endDate,
      opensAt: openingDate && openingTime ? `${openingDate}T${openingTime}` : null,
      documentTitle: sections.documentTitle,
    },
    items: items.map(toItem),
    referencedInAnnotations: referencedInAnnotations(items, prefix),
    organizationOfWork: slots,
    warnings,
  };
}

export function importAgendaText(text: string): ImportResult {
  const warnings: ImportWarning[] = [];
  try {
    return run(typeof text === "string" ? text : "", warnings);
  } catch {
    // A bug must not lose the user's paste; report it like any other problem.
    return emptyResult([...warnings, { line: 0, code: "internal-error" }]);
  }
}
