/**
 * Item markers at the start of a line: "1.", "1)", "I.", "(a)", "a)", "a.", "(i)", and
 * the Cyrillic and Arabic letters Russian and Arabic agendas use for sub-items.
 * Whether "(i)" is the ninth letter or the first Roman numeral depends on what came
 * before, so the marker keeps both readings and the caller chooses.
 */

export type Marker =
  | { kind: "number"; value: number; rest: string }
  /** `letter` is set for I, V, X, L and C, which may also be capital-letter sub-items ("C. ...") */
  | { kind: "roman"; value: number; rest: string; letter?: number }
  /** lower-case letter or Roman numeral; `letter`/`roman` are 1-based, undefined when that reading is impossible */
  | { kind: "sub"; letter?: number; roman?: number; rest: string; top?: number };

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

export function romanValue(text: string): number | undefined {
  const s = text.toLowerCase();
  if (!/^[ivxlc]{1,7}$/.test(s)) return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s.charAt(i)] ?? 0;
    const next = ROMAN_VALUES[s.charAt(i + 1)] ?? 0;
    total += v < next ? -v : v;
  }
  return toRoman(total) === s ? total : undefined;
}

export function toRoman(n: number): string {
  const table: Array<[number, string]> = [
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
  let out = "";
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

// Russian sub-items run а, б, в, г ... skipping letters that are not used for numbering.
const CYRILLIC = "абвгдежзиклмнопрстуфхцчшщэюя";
// Arabic sub-items follow the abjad order: (أ) (ب) (ج) (د) (هـ) (و) (ز) (ح) (ط) (ي).
const ARABIC = ["أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي"];

export const letterName = (n: number): string => String.fromCharCode(96 + Math.min(Math.max(n, 1), 26));

function subMarker(token: string, rest: string): Marker | null {
  const t = token.toLowerCase();
  if (/^[a-z]$/.test(t)) {
    const roman = romanValue(t);
    return { kind: "sub", letter: t.charCodeAt(0) - 96, roman, rest };
  }
  if (/^[ivxlc]{2,7}$/.test(t)) {
    const roman = romanValue(t);
    return roman ? { kind: "sub", roman, rest } : null;
  }
  const cyr = CYRILLIC.indexOf(t);
  if (t.length === 1 && cyr !== -1) return { kind: "sub", letter: cyr + 1, rest };
  const ar = ARABIC.indexOf(token.replace(/\u0640/g, "ـ"));
  if (ar !== -1) return { kind: "sub", letter: ar + 1, rest };
  return null;
}

/** Full-width forms (（ａ）, １．) and Arabic-Indic digits (١, ۱) to ASCII, one code unit for one, so offsets stay valid. */
function halfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u0660-\u0669]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x0660 + 48))
    .replace(/[\u06F0-\u06F9]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x06f0 + 48));
}

/** Matches `re` (whose last group is the rest of the line) on a half-width probe; the rest keeps the original characters. */
function probe(re: RegExp, text: string): { groups: [string, string]; rest: string } | null {
  const head = halfWidth(text.slice(0, 40));
  const m = re.exec(head);
  if (!m) return null;
  const restStart = m[0].length - (m[m.length - 1] ?? "").length;
  // Callers use at most the first two groups before the rest.
  return { groups: [m.length > 2 ? (m[1] ?? "") : "", m.length > 3 ? (m[2] ?? "") : ""], rest: text.slice(restStart) };
}

/** Reads the marker at the start of a line, or null when the line does not start with one. */
export function readMarker(text: string): Marker | null {
  if (text.length === 0) return null;
  let p = probe(/^(\d{1,3})(?:\s*[.)．、](?!\d)|\s*-(?=\s))\s*(.*)$/s, text);
  if (p) return { kind: "number", value: Number(p.groups[0]), rest: p.rest };
  p = probe(/^([IVXLC]{1,7})\.\s*(.*)$/s, text);
  if (p) {
    const value = romanValue(p.groups[0]);
    const letter = p.groups[0].length === 1 ? p.groups[0].charCodeAt(0) - 64 : undefined;
    if (value)
      return letter === undefined
        ? { kind: "roman", value, rest: p.rest }
        : { kind: "roman", value, rest: p.rest, letter };
  }
  // Capital-letter sub-items, as bodies that number items in Roman numerals use: "A. General debate".
  p = probe(/^([A-Z])\.\s+(.*)$/s, text);
  if (p) return { kind: "sub", letter: p.groups[0].charCodeAt(0) - 64, rest: p.rest };
  // "2 (a). Adoption of the agenda": programmes repeat the item's number before the sub-item's letter.
  p = probe(/^(\d{1,3})\s*\(\s*([a-z]{1,4}|[\u0430-\u044f])\s*\)\.?\s+(?=[\p{Lu}\p{Lo}])(.*)$/su, text);
  if (p) {
    const sub = subMarker(p.groups[1], p.rest);
    return sub?.kind === "sub" ? { ...sub, top: Number(p.groups[0]) } : sub;
  }
  // "(a). Adoption of the agenda": some programmes put a full stop after the bracket.
  p = probe(/^\(\s*([a-zA-Z]{1,7}|[\u0430-\u044f]|[\u0600-\u06ff]{1,2})\s*\)\.?\s*(.*)$/s, text);
  if (p) return subMarker(p.groups[0], p.rest);
  p = probe(/^([a-z]{1,7}|[\u0430-\u044f])[).]\s+(.*)$/s, text);
  if (p) return subMarker(p.groups[0], p.rest);
  return null;
}

/** Reads an annex item reference such as "1(a)", "1 (a) (i)", "1 a)", "2", "II", "II (b)" at the start of text. */
export function readItemReference(text: string): { parts: string[]; rest: string } | null {
  const sub = String.raw`(?:\s*\(\s*(?:[a-z]{1,7}|[\u0430-\u044f])\s*\)|\s*(?:[a-z]{1,7}|[\u0430-\u044f])\))`;
  const p = probe(new RegExp(String.raw`^(\d{1,3}|[IVXLC]{1,7})((?:${sub})*)(?:\.)?(?=\s|$)\s*(.*)$`, "s"), text);
  if (!p) return null;
  const [top, subsText] = p.groups;
  if (!/^\d/.test(top) && !romanValue(top)) return null;
  const subs = [...subsText.matchAll(/([a-z]{1,7}|[\u0430-\u044f])\s*\)/g)].map((x) => {
    const written = x[1] ?? "";
    const cyr = CYRILLIC.indexOf(written);
    return cyr === -1 ? written : letterName(cyr + 1);
  });
  return { parts: [top, ...subs], rest: p.rest };
}

/** "1", "1(a)", "1(a)(i)" from the numbers of each level. */
export function itemNumber(top: string, ...subs: string[]): string {
  return top + subs.map((s) => `(${s})`).join("");
}
