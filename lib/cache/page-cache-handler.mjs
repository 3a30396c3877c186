// @ts-check
/**
 * Next.js's cache of rendered public pages (its "incremental cache"), kept in this process's memory and told
 * by Plenary, not only by Next.js, which entries a write made stale. Next.js loads this file itself at run
 * time (next.config.js `cacheHandler`), outside the bundles, so it is plain JavaScript; the store lives on
 * globalThis so that the bundles (server actions, the LISTEN connection) reach the same one.
 *
 * Why not Next.js's own handler: an entry is dated when its render ends, so a render that read the database
 * before a write committed, and ended after the write's invalidation, would stay cached with the old content.
 * Here an entry is dated when its render began (the miss that caused it), and any tag expired after that date
 * makes it stale, whichever instance or request expired it.
 */

const STORE_KEY = Symbol.for("plenary.page-cache");
const TAGS_HEADER = "x-next-cache-tags";
const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

export class PageCacheStore {
  /** @param {{ maxBytes?: number, now?: () => number }} [options] */
  constructor(options = {}) {
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.now = options.now ?? (() => Date.now());
    /** @type {Map<string, { value: unknown, lastModified: number, cacheControl: unknown, tags: string[], bytes: number }>} */
    this.entries = new Map();
    /** @type {Map<string, number>} tag → when it was last expired */
    this.expiredAt = new Map();
    /** @type {Map<string, number>} key → when the render now under way for it began */
    this.renderingSince = new Map();
    /** When everything was last expired (a lost LISTEN connection may have missed changes). */
    this.allExpiredAt = 0;
    /** While the LISTEN connection is down, nothing heard is certain: every request renders. */
    this.bypassed = false;
    this.bytes = 0;
    this.counters = { hits: 0, misses: 0, stale: 0, evictions: 0 };
  }

  /** @param {string} key @param {string[]} [contextTags] */
  get(key, contextTags = []) {
    if (this.bypassed) return this.miss(key);
    const entry = this.entries.get(key);
    if (!entry) return this.miss(key);
    if (this.isStale(entry, contextTags)) {
      this.counters.stale++;
      this.drop(key);
      return this.miss(key);
    }
    // Least recently used first out: a Map iterates in insertion order, so move the entry to the end.
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.counters.hits++;
    // Past its lifetime Next.js serves it once more and renders anew in the background: date that render too.
    if (this.outlived(entry) && !this.renderingSince.has(key)) this.renderingSince.set(key, this.now());
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  /** @param {string} key @param {unknown} value @param {{ cacheControl?: unknown, tags?: string[] }} [context] */
  set(key, value, context = {}) {
    const began = this.renderingSince.get(key) ?? this.now();
    this.renderingSince.delete(key);
    this.drop(key);
    if (value == null || this.bypassed) return;
    const tags = [...(context.tags ?? []), ...tagsOf(value)];
    const bytes = sizeOf(value);
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { value, lastModified: began, cacheControl: context.cacheControl, tags, bytes });
    this.bytes += bytes;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.drop(oldest);
      this.counters.evictions++;
    }
  }

  /** @param {string[]} tags */
  expire(tags) {
    const at = this.now();
    for (const tag of tags) this.expiredAt.set(tag, at);
  }

  expireAll() {
    this.allExpiredAt = this.now();
  }

  /** The LISTEN connection is down: serve nothing from memory until it is back. */
  bypass() {
    this.bypassed = true;
    this.expireAll();
  }

  /** Back, and resynchronised: what was rendered meanwhile may have missed changes too. */
  resume() {
    this.bypassed = false;
    this.renderingSince.clear();
    this.expireAll();
  }

  /** @param {{ lastModified: number, cacheControl: any }} entry */
  outlived(entry) {
    const seconds = entry.cacheControl?.revalidate;
    return typeof seconds === "number" && this.now() - entry.lastModified >= seconds * 1000;
  }

  /** @param {string} key */
  miss(key) {
    this.counters.misses++;
    if (!this.renderingSince.has(key)) this.renderingSince.set(key, this.now());
    return null;
  }

  /** @param {{ lastModified: number, tags: string[] }} entry @param {string[]} contextTags */
  isStale(entry, contextTags) {
    // ">=": a tag expired in the very millisecond a render began may have been expired before its reads.
    if (this.allExpiredAt >= entry.lastModified) return true;
    for (const tag of [...entry.tags, ...contextTags]) {
      const at = this.expiredAt.get(tag);
      if (at !== undefined && at >= entry.lastModified) return true;
    }
    return false;
  }

  /** @param {string} key */
  drop(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}

/** @param {any} value @returns {string[]} */
function tagsOf(value) {
  const header = value?.headers?.[TAGS_HEADER];
  return typeof header === "string" && header ? header.split(",") : [];
}

/** Roughly what an entry holds in memory: its HTML, its RSC payloads and its JSON. @param {any} value */
function sizeOf(value) {
  let bytes = 0;
  if (typeof value?.html === "string") bytes += value.html.length;
  if (value?.rscData?.byteLength) bytes += value.rscData.byteLength;
  if (value?.segmentData instanceof Map) for (const part of value.segmentData.values()) bytes += part.byteLength ?? 0;
  if (value?.body?.byteLength) bytes += value.body.byteLength;
  if (value?.data) bytes += JSON.stringify(value.data).length;
  return bytes + 512;
}

/** The store of this process, created by the first handler and shared with the bundles. @returns {PageCacheStore} */
export function pageCacheStore() {
  const holder = /** @type {Record<symbol, PageCacheStore | undefined>} */ (/** @type {unknown} */ (globalThis));
  const maxMegabytes = Number(process.env.PLENARY_PAGE_CACHE_MB);
  holder[STORE_KEY] ??= new PageCacheStore(
    Number.isFinite(maxMegabytes) && maxMegabytes > 0 ? { maxBytes: maxMegabytes * 1024 * 1024 } : {},
  );
  return holder[STORE_KEY];
}

/** The interface Next.js calls (next.config.js `cacheHandler`). */
export default class PageCacheHandler {
  constructor() {
    this.store = pageCacheStore();
  }

  /** @param {string} key @param {{ tags?: string[], softTags?: string[] }} [context] */
  async get(key, context) {
    return this.store.get(key, [...(context?.tags ?? []), ...(context?.softTags ?? [])]);
  }

  /** @param {string} key @param {unknown} value @param {{ cacheControl?: unknown, tags?: string[] }} [context] */
  async set(key, value, context) {
    this.store.set(key, value, context);
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    // Whatever lifetime was asked for, a page is never served stale: expire now.
    this.store.expire(typeof tags === "string" ? [tags] : tags);
  }

  resetRequestCache() {}
}
