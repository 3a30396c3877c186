import type { IssueKind } from "./types";

/**
 * The symbol of a reissue: a revision replaces the whole text and takes the original's symbol with "/Rev.N"; a
 * corrigendum corrects the text in force (the original or its latest revision) and adds "/Corr.N" to that symbol.
 * Null where the session has no agenda symbol.
 */
export function nextIssueSymbol(
  base: string | null,
  kind: Exclude<IssueKind, "ORIGINAL">,
  number: number,
): string | null {
  if (!base) return null;
  return `${base}/${kind === "REVISION" ? "Rev" : "Corr"}.${number}`;
}
