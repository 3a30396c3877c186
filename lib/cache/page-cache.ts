import "server-only";
import { unstable_cache } from "next/cache";
import type { LiveChange } from "../audit/live-change";
import { pageTagsOf } from "./page-tags";

/** What page-cache-handler.mjs keeps on globalThis; absent where Next.js caches no pages (development, tests). */
interface PageCacheStore {
  expire(tags: string[]): void;
  expireAll(): void;
  bypass(): void;
  resume(): void;
  counters: Record<string, number>;
}

function store(): PageCacheStore | undefined {
  return (globalThis as Record<symbol, PageCacheStore | undefined>)[Symbol.for("plenary.page-cache")];
}

/** Every cached page showing what these changes touched is rendered anew on its next request. */
export function expirePagesOf(changes: readonly LiveChange[]): void {
  if (changes.length > 0) store()?.expire(pageTagsOf(changes));
}

/**
 * While this instance's LISTEN connection is down it hears no other instance's writes: every request renders
 * until it is back; then everything rendered before is thrown away, as notifications sent meanwhile are lost.
 */
export function bypassPageCache(): void {
  store()?.bypass();
}

export function resumePageCache(): void {
  store()?.resume();
}

/**
 * Gives the page being rendered these tags, known only once its data is read (the documents it lists). Next.js
 * collects the tags of every `unstable_cache` call made during a render onto the page's cache entry; this one
 * caches nothing worth reading.
 */
export async function tagThisPage(tags: readonly string[]): Promise<void> {
  if (tags.length === 0 || process.env.NODE_ENV !== "production") return;
  const unique = [...new Set(tags)].sort();
  // Next.js takes at most 128 tags per call.
  for (let from = 0; from < unique.length; from += 100) {
    const some = unique.slice(from, from + 100);
    await unstable_cache(async () => true, ["plenary-page-tags", ...some], { tags: some })();
  }
}
