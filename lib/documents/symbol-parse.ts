import { BARE_NATURES, classifySegment, isDottedNature, isYear, type Segment } from "./symbol-grammar";
import type { ParsedSymbol, SymbolError, SymbolParseResult } from "./symbol-types";

export const MAX_SYMBOL_LENGTH = 80;

// Zero-width characters survive NFKC and are invisible when pasted from Word or PDF.
const WHITESPACE = /[\s\u200B-\u200D\u2060\uFEFF]/gu;
// Trailing "*" is the UN's reissue marker (same document, same symbol), not part of the symbol.
const TRAILING_PUNCTUATION = /[.,;:!?。、*]+$/u;
const ALLOWED = /[A-Za-z0-9/.()-]/;
const SERIES = /^[A-Za-z]{1,10}$/;

export function normalizeSymbolInput(input: string): string {
  return input.normalize("NFKC").replace(WHITESPACE, "").replace(TRAILING_PUNCTUATION, "");
}

const failure = (error: SymbolError): SymbolParseResult => ({ ok: false, error });

// Controls, formatting characters (U+202E reverses what follows it), lone surrogates and spaces are invisible
// or disruptive inside the error message that quotes them, so the message names them by code point.
function visible(ch: string): string {
  return /[\p{C}\p{Z}]/u.test(ch) ? `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}` : ch;
}

function firstInvalidCharacter(s: string): SymbolError | undefined {
  let index = 0;
  for (const ch of s) {
    if (!ALLOWED.test(ch)) return { code: "invalid-character", position: index, segment: visible(ch) };
    index += ch.length;
  }
  return undefined;
}

function splitSegments(s: string): Array<{ text: string; offset: number }> {
  const result: Array<{ text: string; offset: number }> = [];
  let offset = 0;
  for (const text of s.split("/")) {
    result.push({ text, offset });
    offset += text.length + 1;
  }
  return result;
}

/** A symbol must end (before any Add./Rev./Corr.) in something that identifies one document. */
function identifiesDocument(segment: Segment | undefined): boolean {
  return segment !== undefined && (segment.kind === "number" || isDottedNature(segment));
}

function isBodyWord(segment: Segment, isLast: boolean): boolean {
  if (segment.kind !== "word") return false;
  if (isLast && isDottedNature(segment)) return false;
  return !(segment.parts.length === 1 && BARE_NATURES.has(segment.parts[0] ?? ""));
}

function plainYear(segment: Segment | undefined): number | undefined {
  if (segment?.kind !== "number" || !/^\d{4}$/.test(segment.value)) return undefined;
  const year = Number(segment.value);
  return isYear(year) ? year : undefined;
}

type WordSegment = Extract<Segment, { kind: "word" }>;
type NumberSegment = Extract<Segment, { kind: "number" }>;

function describeWord(s: WordSegment, isFinal: boolean, value: ParsedSymbol): void {
  const [kind = "", serial] = s.parts;
  if (isFinal && isDottedNature(s)) value.nature ??= { kind: kind.toUpperCase(), number: serial };
  // Roman sessions follow the nature in old series: UNEP/CBD/COP/DEC/XIII/1.
  else if (value.nature && value.session === undefined && /^[IVXLC]+$/.test(s.text)) value.session = s.text;
  else value.nature ??= { kind: s.parts.join(".") };
  if (s.bracket?.kind === "qualifier") value.qualifier = s.bracket.value;
}

function describeNumber(s: NumberSegment, isFinal: boolean, value: ParsedSymbol): void {
  if (!isFinal) {
    const year = plainYear(s);
    if (year !== undefined && value.year === undefined) value.year = year;
    else value.session ??= s.value;
    return;
  }
  value.number = s.value;
  if (s.bracket?.kind === "year") value.year = s.bracket.value;
  if (s.bracket?.kind === "session") value.session ??= s.bracket.value;
  if (s.bracket?.kind === "qualifier") value.qualifier = s.bracket.value;
}

/** Fills the descriptive fields. The canonical symbol never depends on these guesses. */
function describe(core: Segment[], value: ParsedSymbol): void {
  let first = 0;
  for (const s of core) {
    if (!isBodyWord(s, first === core.length - 1)) break;
    value.bodyPath.push(s.text);
    first++;
  }
  const last = core.length - 1;
  const [marker, serial, final] = [core[last - 2], core[last - 1], core[last]];
  // Treaty-body communications end in number/year after a marker such as D: CCPR/C/118/D/2561/2015.
  const communicationYear =
    last - 2 >= first &&
    marker?.kind === "word" &&
    serial?.kind === "number" &&
    !serial.bracket &&
    plainYear(serial) === undefined &&
    final?.kind === "number" &&
    !final.bracket
      ? plainYear(final)
      : undefined;
  if (communicationYear !== undefined) value.year = communicationYear;
  const numberIndex = communicationYear === undefined ? last : last - 1;
  core.slice(first, numberIndex + 1).forEach((s, k) => {
    const isFinal = first + k === numberIndex;
    if (s.kind === "word") describeWord(s, isFinal, value);
    else if (s.kind === "number") describeNumber(s, isFinal, value);
    else if (s.kind === "session") value.session ??= s.value;
  });
}

export function parseSymbol(input: string): SymbolParseResult {
  const s = normalizeSymbolInput(typeof input === "string" ? input : "");
  if (s.length === 0) return failure({ code: "empty", position: 0 });
  const invalid = firstInvalidCharacter(s);
  if (invalid) return failure(invalid);
  if (s.length > MAX_SYMBOL_LENGTH) return failure({ code: "too-long", position: MAX_SYMBOL_LENGTH, segment: s });

  const raw = splitSegments(s);
  const empty = raw.find((r) => r.text === "");
  if (empty) {
    const position = empty.offset < s.length ? empty.offset : empty.offset - 1;
    return failure({ code: "empty-segment", position, segment: s });
  }
  const seriesText = raw[0]?.text ?? "";
  if (!SERIES.test(seriesText)) return failure({ code: "unknown-series", position: 0, segment: seriesText });
  const series = seriesText.toUpperCase();

  const segments: Segment[] = [];
  for (const r of raw.slice(1)) {
    const result = classifySegment(r.text, r.offset);
    if (!result.ok) return failure(result.error);
    segments.push(result.segment);
  }

  const firstModifier = segments.findIndex((seg) => seg.kind === "modifier");
  const coreEnd = firstModifier === -1 ? segments.length : firstModifier;
  const core = segments.slice(0, coreEnd);
  const tail = segments.slice(coreEnd);
  const stray = tail.find((seg) => seg.kind !== "modifier");
  const modifier = tail[0];
  if (modifier && (stray || !identifiesDocument(core.at(-1)))) {
    return failure({ code: "misplaced-modifier", position: modifier.offset, segment: raw[coreEnd + 1]?.text });
  }
  if (!identifiesDocument(core.at(-1))) {
    return failure({ code: "incomplete", position: s.length, segment: raw.at(-1)?.text });
  }

  const value: ParsedSymbol = {
    symbol: [series, ...segments.map((seg) => seg.text)].join("/"),
    series,
    bodyPath: [series],
    modifiers: tail.flatMap((seg) => (seg.kind === "modifier" ? [seg.modifier] : [])),
  };
  describe(core, value);
  return { ok: true, value };
}

export function isValidSymbol(input: string): boolean {
  return parseSymbol(input).ok;
}
