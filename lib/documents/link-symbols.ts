import { findSymbols } from "./symbol";

/**
 * Turns the document symbols written in an annotation into markdown links when the document is known
 * (`hrefs` maps canonical symbols to where the reader finds the document). Unknown symbols stay text.
 * A symbol wrapped across lines in the source is shown joined, as it is one symbol.
 */
export function linkSymbols(markdown: string, hrefs: ReadonlyMap<string, string>): string {
  if (hrefs.size === 0) return markdown;
  let result = "";
  let cursor = 0;
  for (const match of findSymbols(markdown)) {
    const href = hrefs.get(match.symbol);
    if (!href || match.index < cursor || isInsideLink(markdown, match.index)) continue;
    result += markdown.slice(cursor, match.index) + `[${match.symbol}](${href})`;
    cursor = match.index + match.length;
  }
  return result + markdown.slice(cursor);
}

// A symbol the author already linked ("[A/RES/70/1](https://…)") keeps the author's link.
function isInsideLink(markdown: string, index: number): boolean {
  const before = markdown.slice(Math.max(0, index - 200), index);
  const open = before.lastIndexOf("[");
  return open !== -1 && before.indexOf("]", open) === -1;
}
