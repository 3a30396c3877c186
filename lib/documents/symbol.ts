/**
 * UN document symbols: normalisation, parsing, validation and discovery in free text.
 * This is the public entry point; the implementation is split across the symbol-*.ts files.
 */
export { SYMBOL_ERROR_CODES } from "./symbol-types";
export type { ModifierKind, ParsedSymbol, SymbolError, SymbolErrorCode, SymbolParseResult } from "./symbol-types";
export { isValidSymbol, normalizeSymbolInput, parseSymbol } from "./symbol-parse";
export { findSymbols, type FoundSymbol } from "./symbol-find";
