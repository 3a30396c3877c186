import type { DocumentKind } from "../documents/types";

/** One document of a generated session: its symbol and what kind of document the symbol's form says it is. */
export interface PlannedSymbol {
  symbol: string;
  kind: DocumentKind;
  /** Listed under an agenda item (the documentation list), or only registered (CRPs, information documents). */
  listed: boolean;
}

/**
 * The documents of one session, `count` of them, as the UN numbers them: the provisional agenda first (…/1), numbered
 * documents with their addenda, revisions and corrigenda, then conference room papers (…/CRP.n), the L. series of
 * draft resolutions (…/L.n, some revised) and information documents (…/INF/n). `stem` is the body's prefix and
 * the session's year or number, e.g. "E/CN.7/2018" or "A/HRC/55".
 */
export function sessionSymbols(stem: string, count: number): PlannedSymbol[] {
  const out: PlannedSymbol[] = [];
  const full = () => out.length >= count;
  const push = (symbol: string, kind: DocumentKind, listed: boolean) => {
    if (!full()) out.push({ symbol: `${stem}/${symbol}`, kind, listed });
  };
  push("1", "PROVISIONAL_AGENDA", true);
  const numbered = Math.ceil(count * 0.5);
  for (let n = 2; out.length < numbered; n++) {
    push(String(n), n % 3 === 0 ? "BACKGROUND_PAPER" : "NOTE_BY_SECRETARIAT", true);
    if (n % 7 === 0) push(`${n}/Add.1`, "NOTE_BY_SECRETARIAT", true);
    if (n % 11 === 0) push(`${n}/Rev.1`, "NOTE_BY_SECRETARIAT", true);
    if (n % 13 === 0) push(`${n}/Corr.1`, "NOTE_BY_SECRETARIAT", true);
  }
  // The last numbered document is the report.
  const last = out.findLast((doc) => /\/\d+$/.test(doc.symbol) && doc.kind !== "PROVISIONAL_AGENDA");
  if (last) last.kind = "REPORT";
  for (let n = 1; out.length < Math.ceil(count * 0.7); n++) push(`CRP.${n}`, "CONFERENCE_ROOM_PAPER", false);
  for (let n = 1; out.length < Math.ceil(count * 0.88); n++) {
    push(`L.${n}`, "DRAFT_RESOLUTION", true);
    if (n % 5 === 0) push(`L.${n}/Rev.1`, "DRAFT_RESOLUTION", true);
  }
  for (let n = 1; !full(); n++) push(`INF/${n}`, "INFORMATION_DOCUMENT", false);
  return out;
}

/** The session component of a symbol: bodies meeting once a year number documents by year, others by session. */
export function symbolStem(prefix: string, byYear: boolean, year: number, ordinal: number): string {
  return `${prefix}/${byYear ? year : ordinal}`;
}
