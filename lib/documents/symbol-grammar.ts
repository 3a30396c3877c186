/**
 * Classification of one slash-separated component of a UN document symbol.
 * Based on the structure described in the Dag Hammarskjöld Library guide
 * "UN Document Symbols": series / subsidiary bodies / session or year /
 * special component (nature) / serial number / modifiers (Add., Rev., Corr., Amend., Summary).
 */
import type { ModifierKind, SymbolError } from "./symbol-types";

/** Series the UN actually uses. Informational for parsing (any 1–10 letter series is accepted) but required by findSymbols for short matches. */
export const KNOWN_SERIES: ReadonlySet<string> = new Set([
  "A",
  "S",
  "E",
  "ST",
  "T",
  "TD",
  "DP",
  "ICEF",
  "UNEP",
  "CTOC",
  "CAC",
  "CCPR",
  "CERD",
  "CAT",
  "CRC",
  "CEDAW",
  "CRPD",
  "CMW",
  "CED",
  "SPLOS",
  "ISBA",
  "CD",
  "ECE",
  "FCCC",
  "ICCD",
  "CBD",
  "UNW",
  "HSP",
  "PBC",
  "JIU",
  "WFP",
  "NPT",
  "APLC",
  "CCW",
  "BWC",
]);

/** Components written in mixed case by the UN; everything else in a symbol is upper case. */
const MIXED_CASE: Readonly<Record<string, string>> = { sub: "Sub", ozl: "OzL" };

/** Qualifier words that appear in brackets, e.g. A/77/6(Sect.29A), A/62/17(PartI), S/PV.6201(Resumption1). */
const QUALIFIER_WORDS: Readonly<Record<string, string>> = {
  sect: "Sect",
  vol: "Vol",
  part: "Part",
  supp: "Supp",
  resumption: "Resumption",
  chap: "Chap",
};

/** Natures written with a dot before their number: CRP.1, L.1, SR.1234, PV.5, WP.2, MISC.1, R.1 — and UNEP's Res.14. */
export const DOTTED_NATURES: ReadonlySet<string> = new Set([
  "CRP",
  "L",
  "INF",
  "WP",
  "SR",
  "PV",
  "MISC",
  "R",
  "RES",
  "DEC",
  "NGO",
  "PRST",
]);

/** Natures written as their own component before a number: INF/1, RES/2231(2015), PRST/2015/1. */
export const BARE_NATURES: ReadonlySet<string> = new Set([
  "INF",
  "RES",
  "DEC",
  "PRST",
  "NGO",
  "PET",
  "CRP",
  "WP",
  "MISC",
]);

const MODIFIER_NAMES: Readonly<Record<string, ModifierKind>> = {
  add: "Add",
  rev: "Rev",
  corr: "Corr",
  amend: "Amend",
  summary: "Summary",
};

export const MIN_YEAR = 1946;
export const MAX_YEAR = 2100;

export type Bracket =
  | { kind: "year"; value: number }
  | { kind: "session"; value: string }
  | { kind: "qualifier"; value: string }
  | { kind: "body-session"; value: string };

export type Segment =
  | { kind: "modifier"; text: string; offset: number; modifier: { kind: ModifierKind; number?: number } }
  | { kind: "number"; text: string; offset: number; value: string; bracket?: Bracket }
  | { kind: "session"; text: string; offset: number; value: string }
  | { kind: "word"; text: string; offset: number; parts: string[]; bracket?: Bracket };

export type SegmentResult = { ok: true; segment: Segment } | { ok: false; error: SymbolError };

const fail = (code: SymbolError["code"], position: number, segment: string): SegmentResult => ({
  ok: false,
  error: { code, position, segment },
});

const ok = (segment: Segment): SegmentResult => ({ ok: true, segment });

export const isYear = (n: number): boolean => Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR;

const NUMBER = /^(\d{1,6})(?:-(\d{1,6}))?([A-Za-z])?$/;
const SPECIAL_SESSION = /^(ES|S)-(\d{1,2})$/i;
const WORD = /^[A-Za-z]+(?:\.[A-Za-z0-9]+)*$/;
const ROMAN = /^[IVXLC]+$/i;
const QUALIFIER = /^[A-Za-z]+\.?[A-Za-z0-9]*$/;
const MODIFIER_PREFIX = /^(add|rev|corr|amend|summary)(\.|$)/i;
const MODIFIER = /^(add|rev|corr|amend)\.([1-9]\d{0,2})$/i;

function canonicalQualifier(content: string): string | undefined {
  if (!QUALIFIER.test(content)) return undefined;
  const lower = content.toLowerCase();
  // "PartI" is Part + Roman I, so known words are matched as prefixes rather than as whole words.
  const known = Object.keys(QUALIFIER_WORDS).find((word) => lower.startsWith(word));
  if (known) return QUALIFIER_WORDS[known] + content.slice(known.length).toUpperCase();
  const [, word, rest] = /^([A-Za-z]+)(.*)$/.exec(content) ?? ["", content, ""];
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase() + rest.toUpperCase();
}

/** Upper-cases a body/nature component except the parts the UN writes in mixed case (Sub.2, OzL.Pro.31, Res.14). */
export function canonicalWordParts(head: string): string[] {
  const parts = head.split(".");
  return parts.map((part, i) => {
    const lower = part.toLowerCase();
    const mixed = MIXED_CASE[lower];
    if (i === 0 && mixed) return mixed;
    if (i === 1 && lower === "pro" && parts[0]?.toLowerCase() === "ozl") return "Pro";
    if (i === 0 && lower === "res" && parts.length === 2) return "Res";
    return part.toUpperCase();
  });
}

/** A dotted nature such as CRP.1 or L.12: the nature word followed by exactly one serial. */
export function isDottedNature(segment: Segment | undefined): segment is Extract<Segment, { kind: "word" }> {
  if (segment?.kind !== "word" || segment.parts.length !== 2) return false;
  const [kind = "", serial = ""] = segment.parts;
  return DOTTED_NATURES.has(kind.toUpperCase()) && /^\d+[A-Z]?$/.test(serial);
}

function classifyBracket(content: string, afterNumber: boolean): Bracket | undefined {
  if (/^\d+$/.test(content)) {
    if (afterNumber)
      return /^\d{4}$/.test(content) && isYear(Number(content)) ? { kind: "year", value: Number(content) } : undefined;
    return content.length <= 3 ? { kind: "body-session", value: content } : undefined;
  }
  if (afterNumber && ROMAN.test(content)) return { kind: "session", value: content.toUpperCase() };
  const qualifier = canonicalQualifier(content);
  return qualifier ? { kind: "qualifier", value: qualifier } : undefined;
}

const bracketText = (b: Bracket | undefined): string =>
  b === undefined ? "" : `(${b.kind === "year" ? String(b.value) : b.value})`;

/** Classifies one component. `offset` is its index in the normalised symbol, used for error positions. */
export function classifySegment(raw: string, offset: number): SegmentResult {
  const open = raw.indexOf("(");
  const close = raw.indexOf(")");
  let head = raw;
  let content: string | undefined;
  if (open !== -1 || close !== -1) {
    const m = /^([^()]+)\(([^()]+)\)$/.exec(raw);
    const headGuess = raw.slice(0, open === -1 ? close : open);
    const code = NUMBER.test(headGuess) ? "bad-bracket-year" : "bad-segment";
    const at = offset + (open === -1 ? close : open);
    if (!m) return fail(code, at, raw);
    head = m[1] ?? "";
    content = m[2] ?? "";
  }

  if (MODIFIER_PREFIX.test(head)) {
    if (content !== undefined) return fail("bad-modifier", offset, raw);
    if (head.toLowerCase() === "summary")
      return ok({ kind: "modifier", text: "Summary", offset, modifier: { kind: "Summary" } });
    const [, name = "", serial = ""] = MODIFIER.exec(head) ?? [];
    const kind = MODIFIER_NAMES[name.toLowerCase()];
    if (!kind) return fail("bad-modifier", offset, raw);
    return ok({ kind: "modifier", text: `${kind}.${serial}`, offset, modifier: { kind, number: Number(serial) } });
  }

  const num = NUMBER.exec(head);
  if (num) {
    const value = head.toUpperCase();
    const bracket = content === undefined ? undefined : classifyBracket(content, true);
    if (content !== undefined && !bracket) return fail("bad-bracket-year", offset + head.length, raw);
    return ok({ kind: "number", text: value + bracketText(bracket), offset, value, bracket });
  }

  const special = SPECIAL_SESSION.exec(head);
  if (special && content === undefined) {
    const value = `${(special[1] ?? "").toUpperCase()}-${special[2] ?? ""}`;
    return ok({ kind: "session", text: value, offset, value });
  }

  if (WORD.test(head)) {
    const bracket = content === undefined ? undefined : classifyBracket(content, false);
    if (content !== undefined && !bracket) return fail("bad-segment", offset + head.length, raw);
    const parts = canonicalWordParts(head);
    return ok({ kind: "word", text: parts.join(".") + bracketText(bracket), offset, parts, bracket });
  }

  return fail("bad-segment", offset, raw);
}
