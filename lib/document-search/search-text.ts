/**
 * How document search compares text, the same in PostgreSQL (the functions of the migration
 * 20261203160000_document_search, which index it) and here (which checks candidates against published text only):
 * lower case, Latin accents and Arabic diacritics (tashkeel, tatweel) removed, Arabic letter variants made one
 * (أ إ آ ٱ → ا, ى → ي, ة → ه), ё → е. A symbol is compared by its letters and digits only, so "wg4 2018 crp"
 * finds CTOC/COP/WG.4/2018/CRP.1. Keep FOLD_FROM/FOLD_TO identical to the migration's (search.test.ts checks).
 */

const ARABIC_MARKS =
  "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658\u0659\u065A\u065B\u065C\u065D\u065E\u065F\u0670\u0640";

/** Characters replaced one for one by FOLD_TO; those past its length (the Arabic marks) are removed. */
export const FOLD_FROM = `ÁÀÂÄÃÅáàâäãåÉÈÊËéèêëÍÌÎÏíìîïÓÒÔÖÕóòôöõÚÙÛÜúùûüÑñÇç\u0401\u0451\u0623\u0625\u0622\u0671\u0649\u0629${ARABIC_MARKS}`;
export const FOLD_TO =
  "AAAAAAaaaaaaEEEEeeeeIIIIiiiiOOOOOoooooUUUUuuuuNnCc\u0415\u0435\u0627\u0627\u0627\u0627\u064A\u0647";

const FOLD_MAP = new Map<string, string>();
[...FOLD_FROM].forEach((char, i) => FOLD_MAP.set(char, [...FOLD_TO][i] ?? ""));

/** PostgreSQL's translate() followed by lower(), character by character. */
export function foldText(value: string): string {
  let out = "";
  for (const char of value) out += FOLD_MAP.has(char) ? (FOLD_MAP.get(char) ?? "") : char;
  return out.toLowerCase();
}

/** "CTOC/COP/WG.4/2018/CRP.1" → "ctoccopwg42018crp1". */
export function symbolKey(value: string): string {
  return foldText(value).replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The words of a query, folded; at most 8, each at most 100 characters, so a pasted paragraph stays cheap. */
export function queryWords(query: string): string[] {
  return foldText(query)
    .split(/[\s,;:!?()[\]{}"'«»“”„、，。：；！？（）]+/u)
    .map((word) => word.slice(0, 100))
    .filter(Boolean)
    .slice(0, 8);
}

/** True when every word of the query is in one of the texts. */
export function matchesWords(words: string[], texts: string[]): boolean {
  const folded = texts.map(foldText).join(" ");
  return words.length > 0 && words.every((word) => folded.includes(word));
}
