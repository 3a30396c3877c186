/**
 * Types for UN document symbols. Kept apart from the parser so that the grammar,
 * the parser and the free-text finder can share them without importing each other.
 */

/** Every error the parser can report. Messages per locale live in lib/i18n/messages/<locale>/symbol.json. */
export const SYMBOL_ERROR_CODES = [
  "empty",
  "invalid-character",
  "too-long",
  "empty-segment",
  "unknown-series",
  "bad-segment",
  "bad-modifier",
  "misplaced-modifier",
  "bad-bracket-year",
  "incomplete",
] as const;

export type SymbolErrorCode = (typeof SYMBOL_ERROR_CODES)[number];

export interface SymbolError {
  code: SymbolErrorCode;
  /** 0-based index into the normalised input where the problem is */
  position?: number;
  /** the offending segment, for the message */
  segment?: string;
}

export type ModifierKind = "Add" | "Rev" | "Corr" | "Amend" | "Summary";

export interface ParsedSymbol {
  /** canonical form, e.g. "CTOC/COP/WG.4/2018/CRP.1", "S/RES/2231(2015)", "A/HRC/55/L.1/Rev.1" */
  symbol: string;
  /** parent organ/series, e.g. "CTOC", "A", "S", "E" */
  series: string;
  /** e.g. ["CTOC","COP","WG.4"]; ["A","HRC"]; ["E","CN.15"] */
  bodyPath: string[];
  /** 2018 when a year segment is present (or bracketed year) */
  year?: number;
  /** session number when present instead of a year, e.g. "55" in A/HRC/55/L.1, "ES-10", "XXI" in A/RES/2200(XXI) */
  session?: string;
  /**
   * Nature of the document. `number` is only set for the dotted form (CRP.1, L.1, SR.1234);
   * in the slash form (INF/1, RES/2231(2015)) the serial number goes to the top-level `number`.
   */
  nature?: {
    kind: "CRP" | "L" | "INF" | "WP" | "RES" | "DEC" | "PRST" | "NGO" | "SR" | "PV" | "MISC" | string;
    number?: string;
  };
  /** the serial document number, e.g. "2" in CTOC/COP/WG.4/2018/2, "7-8" in CEDAW/C/USA/CO/7-8 */
  number?: string;
  /** bracketed part/section qualifier, e.g. "Sect.29A" in A/77/6(Sect.29A), "Resumption1" in S/PV.6201(Resumption1) */
  qualifier?: string;
  modifiers: Array<{ kind: ModifierKind; number?: number }>;
}

export type SymbolParseResult = { ok: true; value: ParsedSymbol } | { ok: false; error: SymbolError };
