import { isId, isSafeText } from "./text";

/**
 * Route and query parameters come from the address bar, where anyone can type anything: they are read
 * here before they reach a query, so that "?page=1e308" or an id holding NUL means "not found" or "page 1"
 * rather than a database error.
 */

/** Far beyond any real history, and small enough that (page − 1) × page size stays a PostgreSQL integer. */
export const MAX_PAGE = 1_000_000;

/** "3" → 3; anything that is not a plain page number ("0", "-1", "1e308", "2.5", ["2", "3"]) → 1. */
export function pageParam(value: unknown): number {
  if (typeof value !== "string" || !/^[1-9]\d{0,6}$/.test(value)) return 1;
  return Math.min(Number(value), MAX_PAGE);
}

/** A row id from the address, or null when it cannot be one. */
export function idParam(value: unknown): string | null {
  return isId(value) ? value : null;
}

/** A session's public address ("ctoc-cop-wg4-2018"), or null when no session could have it. */
export function slugParam(value: unknown): string | null {
  return typeof value === "string" && value.length > 0 && value.length <= 200 && isSafeText(value) ? value : null;
}
