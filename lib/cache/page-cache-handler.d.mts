/** Types of page-cache-handler.mjs, which stays plain JavaScript because Next.js loads it outside its bundles. */
export class PageCacheStore {
  constructor(options?: { maxBytes?: number; now?: () => number });
  readonly counters: { hits: number; misses: number; stale: number; evictions: number };
  readonly bytes: number;
  get(key: string, contextTags?: string[]): { value: unknown; lastModified: number; cacheControl: unknown } | null;
  set(key: string, value: unknown, context?: { cacheControl?: unknown; tags?: string[] }): void;
  expire(tags: string[]): void;
  expireAll(): void;
  bypass(): void;
  resume(): void;
}

export function pageCacheStore(): PageCacheStore;

export default class PageCacheHandler {
  get(key: string, context?: { tags?: string[]; softTags?: string[] }): Promise<unknown>;
  set(key: string, value: unknown, context?: { cacheControl?: unknown; tags?: string[] }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
