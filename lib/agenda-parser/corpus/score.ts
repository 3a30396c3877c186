/**
 * Scoring of the importer against the real agendas in this folder, the way the issue judges it: by the number and
 * title of each item and sub-item, after trimming punctuation and spaces. An item the document does not have (a
 * note's paragraph taken for an item) counts against the score as much as a missed one.
 */
import type { ImportedItem } from "../types";

export type ExpectedItem = [number: string, title: string];

export type CorpusEntry = {
  source: string;
  symbol: string;
  body: string;
  language: string;
  layout: string;
  items: ExpectedItem[];
};

export type Score = { expected: number; matched: number; invented: number; missed: string[]; extra: string[] };

const normalNumber = (n: string): string => n.replace(/\s+/g, "").toLowerCase();

/** Titles compare without spaces, case or punctuation at either end. */
export const normalTitle = (t: string): string =>
  t
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, "");

export function flattenItems(items: readonly ImportedItem[]): ExpectedItem[] {
  return items.flatMap((i) => [[i.number, i.title] as ExpectedItem, ...flattenItems(i.subItems)]);
}

export function scoreItems(expected: readonly ExpectedItem[], actual: readonly ExpectedItem[]): Score {
  const got = new Map(actual.map(([n, t]) => [normalNumber(n), normalTitle(t)]));
  const wanted = new Set(expected.map(([n]) => normalNumber(n)));
  const missed: string[] = [];
  let matched = 0;
  for (const [n, t] of expected) {
    if (got.get(normalNumber(n)) === normalTitle(t)) matched++;
    else missed.push(`${n} ${t} ≠ ${got.get(normalNumber(n)) ?? "(none)"}`);
  }
  const extra = actual.filter(([n]) => !wanted.has(normalNumber(n))).map(([n, t]) => `${n} ${t}`);
  return { expected: expected.length, matched, invented: extra.length, missed, extra };
}

/** Share of the expected items found exactly, with invented items added to the denominator. */
export const ratio = (s: Pick<Score, "expected" | "matched" | "invented">): number =>
  s.expected + s.invented === 0 ? 1 : s.matched / (s.expected + s.invented);
