/**
 * Checks the invariants an ImportResult promises, so callers (and the property tests)
 * can trust the draft before turning it into a session: valid dates and times, canonical
 * symbols, known codes, no slot naming an item it does not list, and so on.
 */
import { parseSymbol } from "../documents/symbol";
import { WEEKDAYS } from "./dates";
import {
  DOCUMENT_KINDS,
  IMPORT_LANGUAGES,
  IMPORT_WARNING_CODES,
  IMPORT_WARNING_PARAMS,
  type ImportedItem,
  type ImportResult,
} from "./types";

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const ITEM_NUMBER = /^(\d{1,3}|[IVXLC]{1,7})(\([a-z]{1,7}\)){0,2}$/;

const isStringOrNull = (v: unknown): boolean => v === null || typeof v === "string";
const unique = (list: readonly string[]): boolean => new Set(list).size === list.length;

function checkItem(item: ImportedItem, depth: number, problems: string[]): void {
  const at = `item ${item.number}`;
  if (!ITEM_NUMBER.test(item.number)) problems.push(`${at}: bad number`);
  if (typeof item.title !== "string") problems.push(`${at}: title is not a string`);
  if (!item.annotation.every((p) => typeof p === "string" && p.trim() === p && p.length > 0))
    problems.push(`${at}: bad paragraph`);
  for (const d of item.documents) {
    const parsed = parseSymbol(d.symbol);
    if (!parsed.ok || parsed.value.symbol !== d.symbol) problems.push(`${at}: symbol ${d.symbol} is not canonical`);
    if (!(DOCUMENT_KINDS as readonly string[]).includes(d.kind)) problems.push(`${at}: unknown kind ${d.kind}`);
    if (!isStringOrNull(d.issuedBy) || !isStringOrNull(d.title) || typeof d.description !== "string")
      problems.push(`${at}: bad document fields`);
  }
  if (!unique(item.documents.map((d) => d.symbol))) problems.push(`${at}: a document is listed twice`);
  if (depth >= 2 && item.subItems.length > 0) problems.push(`${at}: more than three levels`);
  for (const sub of item.subItems) {
    if (!sub.number.startsWith(item.number)) problems.push(`${at}: sub-item ${sub.number} does not extend its number`);
    checkItem(sub, depth + 1, problems);
  }
}

/** Problems found in `result`, empty when it is well formed. `lineCount` bounds warning line numbers. */
export function wellFormedProblems(result: ImportResult, lineCount: number): string[] {
  const problems: string[] = [];
  if (result.language !== null && !(IMPORT_LANGUAGES as readonly string[]).includes(result.language))
    problems.push("unknown language");
  if (!isStringOrNull(result.body.name) || !isStringOrNull(result.body.symbolPrefix)) problems.push("bad body");
  const s = result.session;
  for (const date of [s.startDate, s.endDate])
    if (date !== null && !ISO_DATE.test(date)) problems.push(`bad date ${date}`);
  if (s.startDate && s.endDate && s.endDate < s.startDate) problems.push("session ends before it starts");
  if (
    s.opensAt !== null &&
    !(ISO_DATE.test(s.opensAt.slice(0, 10)) && s.opensAt[10] === "T" && TIME.test(s.opensAt.slice(11)))
  ) {
    problems.push(`bad opensAt ${s.opensAt}`);
  }
  if (s.ordinal !== null && !(Number.isInteger(s.ordinal) && s.ordinal > 0)) problems.push("bad ordinal");
  for (const item of result.items) checkItem(item, 0, problems);
  const refs = result.referencedInAnnotations;
  if (!unique(refs.documents) || !unique(refs.resolutions)) problems.push("references repeat");
  if (!refs.resolutions.every((r) => /^\d{1,4}\/\d{1,4}$/.test(r))) problems.push("bad resolution number");
  for (const slot of result.organizationOfWork) {
    if (slot.date !== "" && !ISO_DATE.test(slot.date)) problems.push(`bad slot date ${slot.date}`);
    if (slot.weekday !== "" && !(WEEKDAYS as readonly string[]).includes(slot.weekday))
      problems.push(`bad weekday ${slot.weekday}`);
    if (!TIME.test(slot.start) || (slot.end !== "" && !TIME.test(slot.end)))
      problems.push(`bad slot time ${slot.start}–${slot.end}`);
    if (!unique(slot.items) || !slot.continued.every((n) => slot.items.includes(n))) problems.push("bad slot items");
  }
  for (const w of result.warnings) {
    if (!(IMPORT_WARNING_CODES as readonly string[]).includes(w.code)) problems.push(`unknown warning ${w.code}`);
    if (!Number.isInteger(w.line) || w.line < 0 || w.line > lineCount)
      problems.push(`warning ${w.code} on line ${w.line} of ${lineCount}`);
    const allowed = IMPORT_WARNING_PARAMS[w.code] ?? [];
    for (const key of Object.keys(w.params ?? {}))
      if (!allowed.includes(key)) problems.push(`warning ${w.code} has param ${key}`);
  }
  return problems;
}
