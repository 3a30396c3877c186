/**
 * Agenda item numbers are derived from the tree and sibling order, never typed, so that
 * moving an item renumbers the whole agenda and every language version stays consistent.
 */
import type { Locale } from "@/lib/i18n/locales";

export interface AgendaItemPlacement {
  id: string;
  parentId: string | null;
  position: number;
}

export interface ItemNumber {
  /** 1-based index among siblings at each level, e.g. [1, 2, 1] for 1(b)(i) */
  path: number[];
  /** the number as cited in running text: "1(b)(i)" in English, "1 b) i)" in French */
  number: string;
  /** the short marker shown in front of the title in an agenda list: "1.", "(b)", "(i)" */
  label: string;
}

// Sub-item letters in UN Arabic documents follow the abjad order, not the alphabetical (hijā'ī) order.
const ARABIC_LETTERS = [
  "أ",
  "ب",
  "ج",
  "د",
  "هـ",
  "و",
  "ز",
  "ح",
  "ط",
  "ي",
  "ك",
  "ل",
  "م",
  "ن",
  "س",
  "ع",
  "ف",
  "ص",
  "ق",
  "ر",
  "ش",
  "ت",
  "ث",
  "خ",
  "ذ",
  "ض",
  "ظ",
  "غ",
];
const LATIN_LETTERS = [..."abcdefghijklmnopqrstuvwxyz"];

type Style = "english" | "romance" | "arabic";

// fr, es and ru documents write sub-items as "a)" and cite them as "1 a)"; zh follows the English form.
const STYLE: Record<Locale, Style> = {
  ar: "arabic",
  zh: "english",
  en: "english",
  fr: "romance",
  ru: "romance",
  es: "romance",
};

/**
 * The n-th letter (1-based). After the last letter the UN doubles it — (z) is followed by (aa), (bb) —
 * as in the sub-items of the General Assembly's disarmament agenda items.
 */
export function itemLetter(n: number, locale: Locale): string {
  const letters = STYLE[locale] === "arabic" ? ARABIC_LETTERS : LATIN_LETTERS;
  const index = (n - 1) % letters.length;
  const repeat = Math.floor((n - 1) / letters.length) + 1;
  return (letters[index] ?? "").repeat(repeat);
}

const ROMAN: Array<[number, string]> = [
  [1000, "m"],
  [900, "cm"],
  [500, "d"],
  [400, "cd"],
  [100, "c"],
  [90, "xc"],
  [50, "l"],
  [40, "xl"],
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];

export function lowerRoman(n: number): string {
  let rest = n;
  let out = "";
  for (const [value, numeral] of ROMAN) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

/** The marker of one level, without the separators of the full form. */
function marker(level: number, n: number, locale: Locale): { short: string; cited: string } {
  const style = STYLE[locale];
  if (level === 0) return { short: style === "arabic" ? `${n} -` : `${n}.`, cited: String(n) };
  // Below the third level there is no UN convention; plain numbers keep the result unambiguous.
  const value = level === 1 ? itemLetter(n, locale) : level === 2 && style !== "arabic" ? lowerRoman(n) : String(n);
  // UN Arabic documents render the third level (i), (ii) as ’1‘, ’2‘.
  if (style === "arabic" && level === 2) return { short: `’${value}‘`, cited: ` ’${value}‘` };
  if (style === "romance") return { short: `${value})`, cited: ` ${value})` };
  if (style === "arabic") return { short: `(${value})`, cited: ` (${value})` };
  return { short: `(${value})`, cited: `(${value})` };
}

/** Formats a path such as [1, 2, 1]: full "1(b)(i)" / "1 b) i)" / "1 (ب) ’1‘", short "(i)" / "i)" / "’1‘". */
export function formatItemNumber(path: readonly number[], locale: Locale, form: "full" | "short"): string {
  if (path.length === 0) return "";
  if (form === "short") return marker(path.length - 1, path[path.length - 1] ?? 0, locale).short;
  return path.map((n, level) => marker(level, n, locale).cited).join("");
}

/** Orders paths as they appear in the agenda: 1, 1(a), 1(a)(i), 1(b), 2. */
export function compareItemNumbers(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return a.length - b.length;
}

export type NumberedItem<T extends AgendaItemPlacement> = T & ItemNumber & { depth: number };

/**
 * Items in reading order (depth first, siblings by position, ties by id) with their numbers.
 * An item whose parent is missing is treated as a top-level item so that it stays visible;
 * items caught in a parent cycle cannot be placed and are left out.
 */
export function orderedItems<T extends AgendaItemPlacement>(
  items: readonly T[],
  locale: Locale = "en",
): Array<NumberedItem<T>> {
  const ids = new Set(items.map((item) => item.id));
  const children = new Map<string | null, T[]>();
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    const parent = item.parentId !== null && ids.has(item.parentId) ? item.parentId : null;
    const siblings = children.get(parent) ?? [];
    siblings.push(item);
    children.set(parent, siblings);
  }
  for (const siblings of children.values()) {
    siblings.sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  const result: Array<NumberedItem<T>> = [];
  const visit = (parent: string | null, prefix: number[]): void => {
    (children.get(parent) ?? []).forEach((item, index) => {
      const path = [...prefix, index + 1];
      result.push({
        ...item,
        path,
        number: formatItemNumber(path, locale, "full"),
        label: formatItemNumber(path, locale, "short"),
        depth: path.length - 1,
      });
      visit(item.id, path);
    });
  };
  visit(null, []);
  return result;
}

/** Number and label of every placeable item, keyed by id. */
export function numberItems(items: readonly AgendaItemPlacement[], locale: Locale = "en"): Map<string, ItemNumber> {
  return new Map(orderedItems(items, locale).map(({ id, path, number, label }) => [id, { path, number, label }]));
}
