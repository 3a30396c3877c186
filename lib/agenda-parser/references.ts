/**
 * What the annotations cite: resolutions ("第 7/1 号决议", "resolution 7/1", "resolutions 7/1 and
 * 8/2") and document symbols that are not already listed as the item's documentation. Also the
 * body's symbol prefix, which its documents share (CTOC/COP/WG.4/2018/2 → CTOC/COP/WG.4).
 */
import { findSymbols, parseSymbol } from "../documents/symbol";
import { flatten, type AgendaNode } from "./agenda-list";

const NUMBER = String.raw`\d{1,4}\s*\/\s*\d{1,4}`;
const ZH_RESOLUTIONS = new RegExp(
  String.raw`第\s*(${NUMBER})\s*号((?:\s*(?:[和及、,，]|以及)\s*(?:第\s*)?${NUMBER}\s*号)*)\s*(?:决议|決議)`,
  "gu",
);
const LATIN_RESOLUTIONS = new RegExp(
  String.raw`(?:resolutions?|résolutions?|resoluci(?:ón|ones)|резолюци\p{L}*|القرار(?:ين|ات)?)\s+(?:(?:no\.|n[°º]|№)\s*)?` +
    String.raw`(${NUMBER}(?:\s*(?:,|and|et|y|и|و|or|ou|o)\s*(?:(?:resolution|résolution|resolución|резолюци\p{L}*)\s+)?${NUMBER})*)`,
  "giu",
);

export function findResolutions(text: string): string[] {
  const out = new Set<string>();
  const found: Array<{ index: number; numbers: string[] }> = [];
  const numbersIn = (s: string) => [...s.matchAll(new RegExp(NUMBER, "g"))].map((m) => m[0].replace(/\s+/g, ""));
  for (const m of text.matchAll(ZH_RESOLUTIONS)) found.push({ index: m.index, numbers: numbersIn(m[0]) });
  for (const m of text.matchAll(LATIN_RESOLUTIONS)) found.push({ index: m.index, numbers: numbersIn(m[1] ?? "") });
  found.sort((a, b) => a.index - b.index);
  for (const f of found) for (const n of f.numbers) out.add(n);
  return [...out];
}

/** The body path most of the listed documents share; the agenda's own symbol wins when the masthead shows it. */
export function symbolPrefix(documentSymbols: readonly string[], mastheadSymbols: readonly string[]): string | null {
  const prefixOf = (symbol: string): string | null => {
    const parsed = parseSymbol(symbol);
    // Some series put the year in the body segment (HSP/EB.2023/18); the body is HSP/EB.
    return parsed.ok && parsed.value.bodyPath.length > 1
      ? parsed.value.bodyPath.join("/").replace(/\.(?:19|20)\d\d$/, "")
      : null;
  };
  for (const s of mastheadSymbols) {
    const p = prefixOf(s);
    if (p) return p;
  }
  const counts = new Map<string, number>();
  for (const s of documentSymbols) {
    const p = prefixOf(s);
    if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [p, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = p;
  return best;
}

/**
 * Symbols and resolutions the annotation paragraphs mention. Documents of the body's own
 * series come first (they are the ones a delegate looks up), each group in order of first mention.
 */
export function referencedInAnnotations(
  items: readonly AgendaNode[],
  prefix: string | null,
): { documents: string[]; resolutions: string[] } {
  // Sets keep insertion order, which is the order of first mention.
  const documents = new Set<string>();
  const resolutions = new Set<string>();
  for (const node of flatten(items)) {
    const own = new Set(node.documents.map((d) => d.symbol));
    for (const paragraph of node.annotation) {
      for (const found of findSymbols(paragraph)) {
        if (!own.has(found.symbol)) documents.add(found.symbol);
      }
      for (const r of findResolutions(paragraph)) resolutions.add(r);
    }
  }
  const inSeries = (s: string) => prefix !== null && s.startsWith(`${prefix}/`);
  const ordered = [...documents];
  return {
    documents: [...ordered.filter(inSeries), ...ordered.filter((s) => !inSeries(s))],
    resolutions: [...resolutions],
  };
}
