import { parseSymbol } from "./symbol";
import type { Distribution, DocumentKind } from "./types";

/**
 * Hints for the registry form, never rules: a body's documents usually carry its symbol prefix, and the
 * nature segment of a symbol usually says what kind of document it is.
 */

/** True when a valid symbol does not start with the body's prefix (CTOC/COP/WG.4 → CTOC/COP/WG.4/…). */
export function outsidePrefix(symbol: string, prefix: string): boolean {
  const parsed = parseSymbol(symbol);
  const canonicalPrefix = parseSymbol(`${prefix}/1`);
  if (!parsed.ok || !canonicalPrefix.ok) return false;
  const start = canonicalPrefix.value.symbol.slice(0, -1);
  return !parsed.value.symbol.startsWith(start);
}

const KIND_BY_NATURE: Record<string, DocumentKind> = {
  CRP: "CONFERENCE_ROOM_PAPER",
  INF: "INFORMATION_DOCUMENT",
  WP: "WORKING_PAPER",
  RES: "RESOLUTION",
  DEC: "DECISION",
  L: "DRAFT_RESOLUTION",
};

/** What a new document with this symbol most likely is; "L." documents are of limited distribution. */
export function suggestFromSymbol(symbol: string): { kind: DocumentKind; distribution: Distribution } {
  const parsed = parseSymbol(symbol);
  const nature = parsed.ok ? parsed.value.nature?.kind : undefined;
  return {
    kind: (nature && KIND_BY_NATURE[nature]) || "OTHER",
    distribution: nature === "L" ? "LIMITED" : "GENERAL",
  };
}
