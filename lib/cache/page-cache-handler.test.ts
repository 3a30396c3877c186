import { describe, expect, it } from "vitest";
import { PageCacheStore } from "./page-cache-handler.mjs";

function clock(start = 1_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const page = (tags: string, html = "<html>") => ({ kind: "APP_PAGE", html, headers: { "x-next-cache-tags": tags } });

describe("the cache of rendered public pages", () => {
  it("serves a page until a tag it carries is expired, then renders it anew", () => {
    const time = clock();
    const store = new PageCacheStore({ now: time.now });
    expect(store.get("/zh/sessions/a")).toBeNull();
    time.advance(50);
    store.set("/zh/sessions/a", page("plenary:session:a,plenary:document:d1"));
    store.set("/zh/sessions/b", page("plenary:session:b"));
    time.advance(10);
    expect(store.get("/zh/sessions/a")).not.toBeNull();
    store.expire(["plenary:document:d1"]);
    expect(store.get("/zh/sessions/a")).toBeNull();
    expect(store.get("/zh/sessions/b")).not.toBeNull();
  });

  it("does not keep a render that began before a write and ended after the write's invalidation", () => {
    const time = clock();
    const store = new PageCacheStore({ now: time.now });
    expect(store.get("/en/sessions/a")).toBeNull(); // the render begins: it reads the database now
    time.advance(20);
    store.expire(["plenary:session:a"]); // a write commits and expires the page meanwhile
    time.advance(20);
    store.set("/en/sessions/a", page("plenary:session:a", "old content")); // the render ends
    expect(store.get("/en/sessions/a")).toBeNull();
    time.advance(5);
    store.set("/en/sessions/a", page("plenary:session:a", "new content"));
    time.advance(5);
    expect(store.get("/en/sessions/a")?.value).toMatchObject({ html: "new content" });
  });

  it("expires everything after the LISTEN connection was lost, and honours tags given by the caller", () => {
    const time = clock();
    const store = new PageCacheStore({ now: time.now });
    store.set("fetch-entry", { kind: "FETCH", data: {} });
    store.set("/en", page("plenary:sessions"));
    time.advance(1);
    store.expire(["soft"]);
    expect(store.get("fetch-entry", ["soft"])).toBeNull();
    expect(store.get("/en")).not.toBeNull();
    time.advance(1);
    store.expireAll();
    expect(store.get("/en")).toBeNull();
  });

  it("serves nothing from memory while the LISTEN connection is down, and nothing rendered before it came back", () => {
    const time = clock();
    const store = new PageCacheStore({ now: time.now });
    store.set("/en", page("plenary:sessions"));
    time.advance(1);
    store.bypass();
    expect(store.get("/en")).toBeNull();
    store.set("/en", page("plenary:sessions"));
    time.advance(1);
    expect(store.get("/en")).toBeNull();
    time.advance(1);
    store.resume();
    time.advance(1);
    expect(store.get("/en")).toBeNull();
    time.advance(1);
    store.set("/en", page("plenary:sessions"));
    time.advance(1);
    expect(store.get("/en")).not.toBeNull();
  });

  it("stays within its memory budget, dropping the least recently read pages first", () => {
    const store = new PageCacheStore({ maxBytes: 3000 });
    store.set("a", page("t", "x".repeat(900)));
    store.set("b", page("t", "x".repeat(900)));
    expect(store.get("a")).not.toBeNull();
    store.set("c", page("t", "x".repeat(900)));
    expect(store.get("b")).toBeNull();
    expect(store.get("a")).not.toBeNull();
    expect(store.get("c")).not.toBeNull();
    expect(store.bytes).toBeLessThanOrEqual(3000);
  });
});
