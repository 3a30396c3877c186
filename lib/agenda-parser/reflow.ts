import type { Line } from "./lines";
import { readMarker } from "./numbering";

/**
 * Gives back the lines that a copy took away. Some PDF viewers put a whole document on one line ("… Provisional
 * agenda 1. Organizational matters: (a) Opening of the session; (b) Election of officers; … 2. Review …"); tables
 * copied from Word or a web page come as cells between pipes. Both are cut back into one entry per line here, before
 * anything else reads the text, so the rest of the importer sees the layout it knows.
 */

/** A line this long with several list markers in it is a run-together document, not a paragraph. */
const RUN_LENGTH = 300;

/** Headings that open the list or the annotations, when the list's first number follows them. */
const HEADING =
  /(?:\b[IVX]{1,4}\.\s+)?(?:provisional agenda|agenda|annotations(?: to the provisional agenda)?|programa provisional|anotaciones|ordre du jour provisoire|annotations|предварительная повестка дня|аннотации|جدول الأعمال المؤقت|الشروح|临时议程|说明)(?=(?:\s*[*†‡]+)?\s+(?:(?:item|point|tema|пункт|البند)\s+)?[1１١]\s?[.．:])/giu;

/** A numbered part of the document ("II. Annotations", "Annex"), whatever follows it. */
const SECTION =
  /\b[IVX]{1,4}\.\s+(?=(?:provisional agenda|annotations|anotaciones|programa provisional|ordre du jour|annexe?|anexo|приложение|аннотации|предварительная повестка)\b)/giu;

/**
 * Item markers inside running text: "2. Review", "1.Opening", "(a) Opening", "a) Aprobación", "(a). Adoption",
 * each followed by a capital (or an ideograph) so that "article 3 (a) of the Protocol" and "23.1 du" stay whole.
 */
const MARKER =
  /(?<=^|[\s:;,.。；：])(?:(\d{1,3})(?:\s?[.．](?!\d)|\s?-(?=\s))(?=\s*[\p{Lu}\p{Lo}“"«])|(?:\d{1,3}\s?)?\((i{1,3}|iv|vi{0,3}|ix|x|[a-z]|[\u0430-\u044f]|[\u0600-\u06ff]{1,2})\)\.?(?=\s*[\p{Lu}\p{Lo}])|([a-z]|[\u0430-\u044f])\)(?=\s+[\p{Lu}\p{Lo}]))/gu;

const CYRILLIC = "абвгдежзиклмнопрстуфхцчшщэюя";
const ARABIC = ["أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي"];
const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];

function letterValue(token: string): number {
  if (/^[a-z]$/.test(token)) return token.charCodeAt(0) - 96;
  const cyr = CYRILLIC.indexOf(token);
  if (cyr !== -1) return cyr + 1;
  return ARABIC.indexOf(token) + 1;
}

/** Where the list's own numbering goes on, as opposed to a "2." or "(c)" that is part of a sentence. */
type Sequence = { top: number; letter: number; roman: number; restarts: number };

export const newSequence = (): Sequence => ({ top: 0, letter: 0, roman: 0, restarts: 0 });

/** The list, its annotations and the annex each start again at 1; more restarts than that are not a list. */
const MAX_RESTARTS = 4;

function accepts(m: RegExpExecArray, seq: Sequence): boolean {
  const [, num, paren, bare] = m;
  if (num !== undefined) {
    const n = Number(num);
    if (n !== seq.top + 1 && (n !== 1 || seq.restarts >= MAX_RESTARTS)) return false;
    if (n === 1 && seq.top > 0) seq.restarts++;
    seq.top = n;
    seq.letter = 0;
    seq.roman = 0;
    return true;
  }
  const token = (paren ?? bare ?? "").toLowerCase();
  const roman = ROMAN.indexOf(token) + 1;
  // "(i)" is the ninth letter only after "(h)"; otherwise the first sub-sub-item.
  if (roman > 0 && roman === seq.roman + 1 && !(token === "i" && seq.letter === 8) && seq.letter > 0) {
    seq.roman = roman;
    return true;
  }
  const letter = letterValue(token);
  if (letter <= 0 || letter !== seq.letter + 1 || seq.top === 0) return false;
  seq.letter = letter;
  seq.roman = 0;
  return true;
}

/** Pieces of a run-together line that are only page furniture: a page number, "* *", "2 page 2". */
const FURNITURE = /^(?:[\d\s*]*|(?:\d{1,3}\s+)?(?:page|página|стр\.?)\s+\d{1,3})$/iu;

/** Cuts a run-together line at its headings and list markers, following the list's own sequence. */
export function splitRun(text: string, seq: Sequence): string[] {
  const beforeList = seq.top === 0;
  const cuts = new Set<number>();
  for (const m of text.matchAll(HEADING)) if (m.index !== undefined && m.index > 0) cuts.add(m.index);
  for (const m of text.matchAll(SECTION)) if (m.index !== undefined && m.index > 0) cuts.add(m.index);
  // A footnote rule goes on its own line, so the footnote under it is recognised and left out.
  for (const m of text.matchAll(/_{5,}/g)) {
    if (m.index === undefined) continue;
    if (m.index > 0) cuts.add(m.index);
    cuts.add(m.index + m[0].length);
  }
  for (let m = MARKER.exec(text); m !== null; m = MARKER.exec(text)) {
    if (accepts(m, seq) && m.index > 0) cuts.add(m.index);
  }
  MARKER.lastIndex = 0;
  if (cuts.size === 0) return [text];
  const points = [0, ...[...cuts].sort((a, b) => a - b), text.length];
  const pieces: string[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const piece = text.slice(points[i], points[i + 1]).trim();
    if (piece.length > 0 && !FURNITURE.test(piece)) pieces.push(piece);
  }
  // What comes before the list's first number is the masthead, run together as well.
  const [head, ...rest] = pieces;
  return beforeList && head !== undefined ? [...splitMasthead(head), ...rest] : pieces;
}

/**
 * The masthead's own lines, from a masthead run together: the symbol, "Distr.: General", the issue date,
 * "Original: English", the ordinal session line, the venue and dates, the document's title.
 */
const MASTHEAD_PARTS: Array<{ re: RegExp; after: boolean }> = [
  { re: /(?<=\s|^)[A-Z][A-Z0-9.]*\/[A-Za-z0-9./()-]*\d[A-Za-z0-9./()-]*(?=\s|$)/gu, after: true },
  { re: /\bDistr\.?\s*:?\s*(?:general|générale|limited|limitée|limitada|restricted)\b/giu, after: true },
  { re: /\bOriginal\s*:\s*\p{L}+/giu, after: true },
  {
    re: /(?<=\s|^)(?:\p{Lu}\p{Ll}+(?:[- ]\p{Ll}+)?|\d{1,3}(?:st|nd|rd|th|e|er|\.?º|ª)?)\s+(?:session|meeting|período de sesiones|réunion|сессия|совещание)\b/gu,
    after: true,
  },
  {
    re: /(?:annotated )?provisional agenda(?: and annotations)?|programa provisional(?: y anotaciones)?|ordre du jour provisoire(?: annoté)?/giu,
    after: false,
  },
];

export function splitMasthead(text: string): string[] {
  if (text.length < 40) return [text];
  const cuts = new Set<number>();
  for (const { re, after } of MASTHEAD_PARTS) {
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      if (at > 0) cuts.add(at);
      if (after) cuts.add(at + m[0].length);
    }
  }
  const points = [0, ...[...cuts].filter((c) => c < text.length).sort((a, b) => a - b), text.length];
  const out: string[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const piece = text.slice(points[i], points[i + 1]).trim();
    if (piece.length > 0 && !FURNITURE.test(piece)) out.push(piece);
  }
  return out;
}

/** Whether the text is run together: one long line holding a sequence of list numbers. */
export function isRunTogether(rawLines: readonly string[]): boolean {
  for (const raw of rawLines) {
    if (raw.length < RUN_LENGTH) continue;
    const seq = newSequence();
    let count = 0;
    for (const m of raw.matchAll(MARKER)) if (m[1] !== undefined && accepts(m, seq)) count++;
    if (count >= 3) return true;
  }
  return false;
}

/** "| 1. | Opening of the session | |" → "1. Opening of the session"; a row of empty cells → "". */
export function tableRow(raw: string): string {
  if ((raw.match(/\|/g)?.length ?? 0) < 2) return raw;
  const cells = raw
    .split("|")
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
  return cells.join(" ");
}

/** Markers written the programme's way: "2 (a). Adoption of the agenda" → "(a) Adoption of the agenda". */
export function programmeMarker(text: string): string {
  return text.replace(/^(\s*)\d{1,3}\s*(\(\s*[a-z]{1,4}\s*\))\.?\s+(?=[\p{Lu}\p{Lo}])/u, "$1$2 ");
}

/** "[Item 2 (a) of the provisional agenda]" under an entry of a programme: the agenda's own number for it. */
const AGENDA_REFERENCE =
  /^\[\s*(?:agenda item|item|tema|point|пункт|البند)\s+(\d{1,3})\s*(?:\(?\s*([a-z])\s*\))?\s+(?:of the (?:provisional )?agenda|del programa(?: provisional)?|de l['’]ordre du jour(?: provisoire)?|(?:предварительной )?повестки дня|من جدول الأعمال(?: المؤقت)?)\s*\]$/iu;

export function agendaReference(text: string): { top: number; sub: string | null } | null {
  const m = AGENDA_REFERENCE.exec(text);
  return m ? { top: Number(m[1]), sub: m[2]?.toLowerCase() ?? null } : null;
}

/**
 * A programme numbers its entries in its own order and gives the agenda's number in brackets under each
 * ("4. Other matters" / "[Item 5 of the provisional agenda]"): the entry takes the agenda's number and the
 * bracket goes, as it is not text of the agenda.
 */
export function applyAgendaReferences(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const ref = line.kind === "content" ? agendaReference(line.text) : null;
    if (!ref) {
      out.push(line);
      continue;
    }
    let j = out.length - 1;
    while (j >= 0 && out[j]?.kind !== "content") j--;
    const prev = out[j];
    const m = prev ? readMarker(prev.text) : null;
    if (prev && m && m.kind === "number" && ref.sub === null && m.value !== ref.top)
      prev.text = `${ref.top}. ${m.rest}`;
  }
  return out;
}

/**
 * Items announced by a heading rather than a list: "Item 1 (a). Opening of the session", "Point 2 : Adoption de
 * l'ordre du jour", "Пункт 1 повестки дня: Открытие совещания", "Tema 3 del programa. …". Each becomes a list entry
 * ("1. Opening of the session"); a numbered paragraph run on after the title goes to a line of its own, without its
 * paragraph number, which belongs to the note and not to the agenda.
 */
const ITEM_HEADING =
  /(?:^|\s)(?:agenda item|item|point|tema|пункт|البند)\s+(\d{1,3})(?:\s*\(?\s*([a-z\u0430-\u044f])\s*\))?(?:\s+(?:of the (?:provisional )?agenda|de l['’]ordre du jour(?: provisoire)?|del programa(?: provisional)?|(?:предварительной )?повестки дня|من جدول الأعمال(?: المؤقت)?))?\s*[.:：]\s+(?=[\p{Lu}\p{Lo}])/giu;

const RUN_ON_PARAGRAPH = /\s\d{1,3}\.\s*(?=[\p{Lu}])/u;

export function itemHeadings(text: string): string[] {
  if (!/(?:item|point|tema|пункт|البند)\s+\d/iu.test(text)) return [text];
  const out: string[] = [];
  let last = 0;
  let pending: string | null = null;
  const flush = (end: number) => {
    const piece = text.slice(last, end).trim();
    if (pending !== null) {
      const cut = RUN_ON_PARAGRAPH.exec(piece);
      out.push(pending + (cut ? piece.slice(0, cut.index) : piece).trim());
      if (cut) out.push(piece.slice(cut.index + cut[0].length).trim());
    } else if (piece.length > 0) out.push(piece);
  };
  for (const m of text.matchAll(ITEM_HEADING)) {
    const at = m.index ?? 0;
    flush(at);
    // "Item 2 (a)." keeps its item's number, which the organization of work needs: "2 (a). Adoption …".
    pending = m[2] ? `${m[1]} (${m[2].toLowerCase()}). ` : `${m[1]}. `;
    last = at + m[0].length;
  }
  flush(text.length);
  return out.filter((piece) => piece.length > 0);
}

/** Whether the document announces its items by headings ("Item 1. …", "Пункт 2 повестки дня: …") at least twice. */
export function usesItemHeadings(text: string): boolean {
  let count = 0;
  for (const _ of text.slice(0, 200_000).matchAll(ITEM_HEADING)) if (++count >= 2) return true;
  return false;
}

/** Whether a list heading is followed by the list's first number somewhere: "Provisional agenda 1. Opening …". */
export function hasListHeading(text: string): boolean {
  const sample = text.slice(0, 200_000);
  for (const _ of sample.matchAll(HEADING)) return true;
  return false;
}
