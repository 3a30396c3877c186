import { describe, expect, it } from "vitest";
import { findSymbols, parseSymbol } from "../documents/symbol";
import { isLocale } from "../i18n/locales";
import { isSessionId } from "../live/access";
import { isId } from "../validation/text";
import { DEFAULT_SCALE, idFactory, planBodies, planSessions, type PlannedSession } from "./plan";
import { sessionRows, type SessionRows } from "./rows";
import { sessionSymbols } from "./symbols";

function wholePlan(options = DEFAULT_SCALE) {
  const id = idFactory("test01");
  const bodies = planBodies(options, id);
  const taken = new Set<string>(["ctoc-cop-wg4-2018"]);
  const sessions: PlannedSession[] = bodies.flatMap((body, index) => planSessions(body, index, id, taken));
  const rows = sessions.map((session) => ({ session, rows: sessionRows(session, options, id) }));
  return { bodies, sessions, rows };
}

const plan = wholePlan();
const all = <K extends keyof SessionRows>(key: K) => plan.rows.flatMap((r) => r.rows[key] as SessionRows[K][number][]);

describe("the scale plan for 1,000 sessions", () => {
  it("has the counts the issue asks for", () => {
    expect(plan.bodies).toHaveLength(40);
    expect(plan.sessions).toHaveLength(1000);
    expect(all("items")).toHaveLength(40_000);
    expect(all("documents")).toHaveLength(100_000);
    expect(all("slots")).toHaveLength(20_000);
  });

  it("gives bodies real UN prefixes, parents before their working groups, none of the reference session's", () => {
    const prefixes = plan.bodies.map((body) => body.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    expect(prefixes.filter((p) => p.startsWith("CTOC/COP"))).toEqual([]);
    expect(prefixes).toContain("E/CN.7/WG.2");
    const seen = new Set<string>();
    for (const body of plan.bodies) {
      if (body.parentId) expect(seen.has(body.parentId)).toBe(true);
      seen.add(body.id);
    }
    expect(plan.bodies.filter((body) => body.parentId).length).toBe(32);
  });

  it("gives every document a valid, canonical and unique symbol", () => {
    const symbols = all("documents").map((doc) => doc.symbol);
    expect(new Set(symbols).size).toBe(symbols.length);
    for (const symbol of symbols) {
      const parsed = parseSymbol(symbol);
      expect(parsed.ok && parsed.value.symbol, symbol).toBe(symbol);
    }
  });

  it("keeps the database's constraints: unique slugs and ordinals, ordered dates, valid slots and links", () => {
    const slugs = plan.sessions.map((s) => s.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).not.toContain("ctoc-cop-wg4-2018");
    const ordinals = plan.sessions.map((s) => `${s.bodyId}/${s.ordinal}`);
    expect(new Set(ordinals).size).toBe(ordinals.length);
    for (const s of plan.sessions) {
      expect(s.ordinal).toBeGreaterThan(0);
      expect(s.endDate.getTime()).toBeGreaterThanOrEqual(s.startDate.getTime());
      expect(s.startDate.getUTCDay()).toBe(1);
      expect(() => new Intl.DateTimeFormat("en", { timeZone: s.timeZone })).not.toThrow();
    }
    for (const slot of all("slots")) {
      expect(slot.startMinutes).toBeGreaterThanOrEqual(0);
      expect(slot.endMinutes).toBeLessThanOrEqual(1440);
      expect(slot.endMinutes).toBeGreaterThan(slot.startMinutes);
    }
    const versions = all("versions");
    expect(versions.every((v) => isLocale(v.locale))).toBe(true);
    expect(new Set(versions.map((v) => `${v.documentId}/${v.locale}`)).size).toBe(versions.length);
    const links = all("links");
    expect(new Set(links.map((l) => `${l.itemId}/${l.documentId}`)).size).toBe(links.length);
    const slotItems = all("slotItems");
    expect(new Set(slotItems.map((l) => `${l.slotId}/${l.itemId}`)).size).toBe(slotItems.length);
  });

  it("spans years, time zones and statuses, drafts included", () => {
    const years = new Set(plan.sessions.map((s) => s.startDate.getUTCFullYear()));
    expect(years.size).toBeGreaterThan(20);
    expect(new Set(plan.sessions.map((s) => s.timeZone)).size).toBeGreaterThan(4);
    const statuses = new Set(plan.sessions.map((s) => s.status));
    expect([...statuses].sort()).toEqual(["ADOPTED", "CLOSED", "DRAFT", "PROVISIONAL"]);
  });

  it("makes ids shaped like Prisma's cuids, which routes and the live channel accept", () => {
    const ids = [...plan.bodies.map((b) => b.id), ...plan.sessions.map((s) => s.id), ...all("items").map((i) => i.id)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => isId(id) && isSessionId(id))).toBe(true);
  });
});

describe("one generated session", () => {
  const { session, rows } = plan.rows.find((r) => r.session.status === "CLOSED")!;

  it("has an agenda of items and sub-items whose parents are its own top-level items", () => {
    const tops = new Set(rows.items.filter((item) => !item.parentId).map((item) => item.id));
    const subs = rows.items.filter((item) => item.parentId);
    expect(tops.size).toBe(14);
    expect(subs.length).toBe(26);
    expect(subs.every((item) => tops.has(item.parentId!))).toBe(true);
    expect(rows.items.every((item) => item.sessionId === session.id && item.title.en && item.title.zh)).toBe(true);
  });

  it("lists documents under items, with titles in six languages, and mentions them in annotations", () => {
    const agenda = rows.documents[0]!;
    expect(agenda.symbol).toBe(`${session.stem}/1`);
    expect(Object.keys(agenda.title).sort()).toEqual(["ar", "en", "es", "fr", "ru", "zh"]);
    const symbols = new Set(rows.documents.map((doc) => doc.symbol));
    const mentioned = rows.items.flatMap((item) => findSymbols(item.annotation.en ?? "").map((m) => m.symbol));
    expect(mentioned.length).toBeGreaterThan(5);
    expect(mentioned.every((symbol) => symbols.has(symbol))).toBe(true);
    for (const locale of ["ar", "zh", "fr", "ru", "es"] as const) {
      const found = rows.items.flatMap((item) => findSymbols(item.annotation[locale] ?? "").map((m) => m.symbol));
      expect(found, locale).toEqual(mentioned);
    }
  });
});

describe("sessionSymbols", () => {
  it("numbers documents as the UN does: agenda, numbered series with modifiers, CRP, L. and INF series", () => {
    const symbols = sessionSymbols("E/CN.7/2018", 100).map((s) => s.symbol);
    expect(symbols).toHaveLength(100);
    expect(symbols[0]).toBe("E/CN.7/2018/1");
    for (const expected of ["E/CN.7/2018/7/Add.1", "E/CN.7/2018/11/Rev.1", "E/CN.7/2018/13/Corr.1"])
      expect(symbols).toContain(expected);
    for (const expected of ["E/CN.7/2018/CRP.1", "E/CN.7/2018/L.1", "E/CN.7/2018/L.5/Rev.1", "E/CN.7/2018/INF/1"])
      expect(symbols).toContain(expected);
    expect(sessionSymbols("A/HRC/55", 3).map((s) => s.symbol)).toEqual(["A/HRC/55/1", "A/HRC/55/2", "A/HRC/55/CRP.1"]);
  });

  it("makes the last numbered document the report", () => {
    const planned = sessionSymbols("E/CN.7/2018", 100);
    expect(planned.filter((s) => s.kind === "REPORT")).toHaveLength(1);
    expect(planned[0]!.kind).toBe("PROVISIONAL_AGENDA");
  });
});
