/** Lists that grow with the years (sessions, a body's documents) are read and shown a page at a time. The `?page=`
 * query is read by lib/validation/params.ts (pageParam). */

export const PAGE_SIZE = 50;

/** Where a page sits in its list: shown as "51–100 of 1,000" with links to the other pages. */
export interface PageInfo {
  /** 1-based, within 1…pages. */
  number: number;
  size: number;
  total: number;
  /** At least 1: an empty list still has its (empty) first page. */
  pages: number;
}

/** The page to show of `total` rows: a page past the end shows the last one, so a stale link never lands nowhere. */
export function pageInfo(requested: number, total: number, size: number = PAGE_SIZE): PageInfo {
  const pages = Math.max(1, Math.ceil(total / size));
  return { number: Math.min(Math.max(1, Math.floor(requested) || 1), pages), size, total, pages };
}

export function pageOffset(page: Pick<PageInfo, "number" | "size">): number {
  return (page.number - 1) * page.size;
}

/**
 * The page numbers a navigation shows: the first, the last, and two either side of the current one, with `null`
 * where numbers are left out ("1 … 4 5 6 7 8 … 20"), so the links stay few however long the list.
 */
export function pageLinks(page: Pick<PageInfo, "number" | "pages">, around = 2): Array<number | null> {
  const shown = new Set([1, page.pages]);
  for (let n = page.number - around; n <= page.number + around; n++) if (n >= 1 && n <= page.pages) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const links: Array<number | null> = [];
  for (const [index, n] of sorted.entries()) {
    const previous = sorted[index - 1];
    if (previous !== undefined && n - previous > 1) links.push(null);
    links.push(n);
  }
  return links;
}
