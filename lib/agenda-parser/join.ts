/**
 * Joining two pieces of text that a line break separated. Chinese joins without a
 * space except around Latin letters and figures (the UN's Chinese style writes
 * "2018 年 7 月 2 日"); other languages join with a space. Symbols wrapped after "/"
 * and words split by hyphenation are rejoined without one.
 */

const HAN = /\p{Script=Han}/u;
// Full-width and CJK punctuation, which never takes a space on either side.
const CJK_PUNCT = /[\u3000-\u303F\uFF00-\uFFEF\u2014\u2026]/;
const ALNUM = /[A-Za-z0-9]/;

/** Compound prefixes that keep their hyphen when a line break falls on it. */
const COMPOUND_PREFIXES = new Set([
  "self",
  "non",
  "co",
  "cross",
  "well",
  "anti",
  "semi",
  "ex",
  "multi",
  "follow",
  "high",
  "low",
  "long",
  "short",
  "decision",
  "law",
  "capacity",
  "small",
  "medium",
  "large",
  "full",
  "mid",
  "post",
  "pre",
  "state",
  "country",
  "gender",
  "evidence",
  "victim",
  "child",
  "rights",
  "cost",
  "time",
]);

/** Words of the whole document, used to decide whether a hyphen at a line end is part of the word. */
export type WordIndex = ReadonlySet<string>;

export function buildWordIndex(texts: Iterable<string>): WordIndex {
  const words = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
      const word = m[0].toLowerCase();
      if (word.length > 40) continue;
      words.add(word);
      if (word.includes("-")) for (const part of word.split("-")) words.add(part);
    }
  }
  return words;
}

const lastChar = (s: string): string => Array.from(s.slice(-2)).pop() ?? "";
const firstChar = (s: string): string => Array.from(s.slice(0, 2))[0] ?? "";

function keepHyphen(left: string, right: string, words: WordIndex): boolean {
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  if (words.has(`${l}-${r}`)) return true;
  if (words.has(l + r)) return false;
  return COMPOUND_PREFIXES.has(l);
}

/**
 * How a line break between `prev` (the previous line) and `next` is undone: characters to
 * drop from the end of `prev` (a hyphen that only split a word) and the separator to insert.
 * Only the previous line matters, which keeps building long paragraphs linear.
 */
function separator(prev: string, next: string, words: WordIndex, softHyphen: boolean): { drop: number; sep: string } {
  const none = { drop: 0, sep: "" };
  if (prev.length === 0 || next.length === 0 || softHyphen) return none;
  // Symbols wrap after a slash: "CTOC/COP/WG.4/2018/" + "CRP.1".
  if (prev.endsWith("/") || next.startsWith("/")) return none;
  const tail = prev.length > 64 ? prev.slice(-64) : prev;
  const hyphen = /(\p{L}+)-$/u.exec(tail);
  if (hyphen) {
    const rightWord = /^\p{Ll}+/u.exec(next);
    return rightWord && !keepHyphen(hyphen[1] ?? "", rightWord[0], words) ? { drop: 1, sep: "" } : none;
  }
  // Ranges: "2018-" + "2019", "10 a.m.–" + "1 p.m.".
  if (/[–—]$/.test(tail) || (/\d-$/.test(tail) && /^\d/.test(next))) return none;
  const a = lastChar(tail);
  const b = firstChar(next);
  const aHan = HAN.test(a);
  const bHan = HAN.test(b);
  if ((aHan && ALNUM.test(b)) || (bHan && ALNUM.test(a))) return { drop: 0, sep: " " };
  if (aHan || bHan || CJK_PUNCT.test(a) || CJK_PUNCT.test(b)) return none;
  return { drop: 0, sep: " " };
}

/** Joins `next` onto a short `prev` as a line break inside one paragraph would. */
export function joinPieces(prev: string, next: string, words: WordIndex = new Set(), softHyphen = false): string {
  if (prev.length === 0) return next;
  const { drop, sep } = separator(prev, next, words, softHyphen);
  return prev.slice(0, prev.length - drop) + sep + next;
}

/** Accumulates the lines of one paragraph or title without re-reading what is already joined. */
export class TextBuilder {
  private readonly parts: string[];
  private lastLine: string;
  private size: number;

  constructor(first: string) {
    this.parts = [first];
    this.lastLine = first;
    this.size = first.length;
  }

  append(next: string, words: WordIndex, softHyphen = false): void {
    if (this.size === 0) {
      this.parts[0] = next;
      this.lastLine = next;
      this.size = next.length;
      return;
    }
    const { drop, sep } = separator(this.lastLine, next, words, softHyphen);
    const lastIndex = this.parts.length - 1;
    if (drop > 0) this.parts[lastIndex] = (this.parts[lastIndex] ?? "").slice(0, -drop);
    this.parts.push(sep + next);
    this.lastLine = next;
    this.size += sep.length + next.length - drop;
  }

  /** The last line appended, as written. */
  get last(): string {
    return this.lastLine;
  }

  get length(): number {
    return this.size;
  }

  /** At least the last `n` characters (whole lines), cheap to test with end-anchored patterns. */
  tail(n = 200): string {
    let out = "";
    for (let i = this.parts.length - 1; i >= 0 && out.length < n; i--) out = this.parts[i] + out;
    return out;
  }

  toString(): string {
    return this.parts.join("");
  }
}

/** Ends a sentence, a list entry or a bracketed symbol. */
export function endsTerminal(text: string): boolean {
  return /[.。．!?！？;；:：)）\]】”"’»」』]$/.test(text.slice(-1));
}

/** `text` without any of `chars` at its end; linear, unlike an end-anchored regex on long text. */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0) {
    const c = text.charAt(end - 1);
    if (!chars.includes(c) && !/\s/.test(c)) break;
    end--;
  }
  return text.slice(0, end);
}

/** Width of a line as a reader sees it: ideographs count double. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += HAN.test(ch) || CJK_PUNCT.test(ch) ? 2 : 1;
  return width;
}

/** Normal form for comparing titles: case, width, punctuation and spacing do not matter. */
export function comparable(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "");
}

/** Dice coefficient over character bigrams of the comparable forms. */
export function similarity(a: string, b: string): number {
  const x = comparable(a);
  const y = comparable(b);
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i < x.length - 1; i++) {
    const g = x.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < y.length - 1; i++) {
    const g = y.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      shared++;
      grams.set(g, n - 1);
    }
  }
  return (2 * shared) / (x.length - 1 + y.length - 1);
}
