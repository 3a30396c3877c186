import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, getDb } from "../db";
import { removeBodyWithEverything } from "../testing/cleanup";
import { countPublicSessions, listPublicSessions } from "./data";
import { listPublicSessionYears } from "./public-list-data";
import { listWorkspaceSessions } from "./workspace/data";

const db = getDb();
const tag = randomUUID().slice(0, 8);
// Far in the future, so these sessions come first in "latest first" lists whatever else the database holds.
const YEAR = 2990 + (parseInt(tag.slice(0, 2), 16) % 9);
let bodyId = "";
/** Slugs in the order the lists give them: latest first. */
let expected: string[] = [];

beforeAll(async () => {
  bodyId = (await db.body.create({ data: { name: { en: "Paging" }, symbolPrefix: `TST/PG${tag}` } })).id;
  // 60 sessions, one a day, every fifth a draft; ordinals break ties between sessions starting the same day.
  const rows = Array.from({ length: 60 }, (_, n) => ({
    bodyId,
    ordinal: n + 1,
    slug: `paging-${tag}-${n + 1}`,
    title: { en: `Paging ${n + 1}` },
    venue: { en: "Vienna" },
    timeZone: "Europe/Vienna",
    startDate: new Date(Date.UTC(YEAR, 0, 1 + Math.floor(n / 2))),
    endDate: new Date(Date.UTC(YEAR, 0, 2 + Math.floor(n / 2))),
    originalLanguage: "en",
    status: n % 5 === 0 ? ("DRAFT" as const) : ("PROVISIONAL" as const),
  }));
  await db.session.createMany({ data: rows });
  expected = rows.map((row) => row.slug).reverse();
  await db.agendaItem.create({
    data: {
      sessionId: (await db.session.findUniqueOrThrow({ where: { slug: expected[0]! } })).id,
      position: 1,
      title: { en: "Item" },
    },
  });
});

afterAll(async () => {
  await removeBodyWithEverything(db, bodyId);
  await disconnectDb();
});

describe("the workspace's session list", () => {
  it("shows 50 sessions a page, drafts included, latest first, and the next page goes on where it stopped", async () => {
    const first = await listWorkspaceSessions(db, 1);
    expect(first.sessions).toHaveLength(50);
    expect(first.sessions.map((s) => s.slug)).toEqual(expected.slice(0, 50));
    expect(first.page).toMatchObject({ number: 1, size: 50 });
    expect(first.page.total).toBeGreaterThanOrEqual(60);
    expect(first.page.pages).toBe(Math.ceil(first.page.total / 50));
    expect(first.sessions[0]!.itemCount).toBe(1);
    expect(first.sessions[1]!.itemCount).toBe(0);
    const second = await listWorkspaceSessions(db, 2);
    expect(second.sessions.slice(0, 10).map((s) => s.slug)).toEqual(expected.slice(50));
  });

  it("shows the last page for a page past the end", async () => {
    const past = await listWorkspaceSessions(db, 100_000, 25);
    expect(past.page.number).toBe(past.page.pages);
    expect(past.sessions.length).toBeGreaterThan(0);
  });
});

describe("the public sessions list", () => {
  const published = () => expected.filter((slug) => Number(slug.split("-").pop()) % 5 !== 1);

  it("lists a year's published sessions a page at a time, never a draft", async () => {
    expect(await countPublicSessions(db, { year: YEAR })).toBe(48);
    const page = await listPublicSessions(db, { year: YEAR, limit: 20, offset: 20 });
    expect(page.map((s) => s.slug)).toEqual(published().slice(20, 40));
    const all = await listPublicSessions(db, { year: YEAR });
    expect(all.map((s) => s.slug)).toEqual(published());
  });

  it("lists all years' sessions without a year, and names the years", async () => {
    const first = await listPublicSessions(db, { limit: 5 });
    expect(first.map((s) => s.slug)).toEqual(published().slice(0, 5));
    expect(await countPublicSessions(db)).toBeGreaterThanOrEqual(48);
    expect(await listPublicSessionYears(db)).toContain(YEAR);
  });
});
