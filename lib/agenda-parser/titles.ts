/**
 * What is not part of an item's title though a copy put it there: list punctuation, job numbers, footnote marks,
 * running headers, and rows of document symbols under an item in a table.
 */
import { trimEndChars } from "./join";

/**
 * What a copy leaves at the end of a title and the document does not have there: a job number and the version's
 * letter ("GE.17-14456 (S) 280817", "V (E) * *", "v.87-85 22 1"), footnote marks ("*", "**"), a footnote call after
 * an ideograph ("适应基金 1").
 */
const TITLE_TAIL = [
  /\s+(?:GE|V|N|E|v)(?:\.\s?\d{2}-\d{2,6})?\s?\([A-Z]\)(?:\s.{0,24})?$/u,
  /\s+v\.\d{2}-\d{2,6}(?:\s[\d\s]{0,12})?$/u,
  /\s+(?:GE|V|N)\.\d{2}-\d{0,6}$/u,
  /(?<=\p{Script=Han})\s\d{1,2}$/u,
  /\s*[*†‡](?:\s*[*†‡])*$/u,
  // A page number and the running header of the next page: "(2) E/CN.15/2011/1", "GE.06-51159 TD/B/53/1 Page 2".
  /\s+\(\d{1,3}\)\s+[A-Z][\w.()-]*\/[\w./()-]+$/u,
  /\s+[A-Z][\w.()-]*\/[\w./()-]+\s+(?:page|página|стр\.)\s*\d{1,3}$/iu,
];

export function cleanTitle(title: string): string {
  let out = trimEndChars(title, ";；.。:：,，").trim();
  for (let pass = 0; pass < 2; pass++) {
    for (const re of TITLE_TAIL) out = out.replace(re, "");
    out = trimEndChars(out, ";；.。:：,，").trim();
  }
  return out;
}

/** "(FCCC/SBSTA/2008/1; FCCC/SBSTA/2008/2)": a table row of documents under an item. */
export const SYMBOL_ROW =
  /^[(\[]\s*[A-Z][\w.()-]*\/[\w./()-]+(?:\s*(?:[;,]|and|et|y|и)\s*[A-Z][\w.()-]*(?:\/[\w./()-]+)?)*\s*[)\]]$/u;
