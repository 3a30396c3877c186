import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, getDb } from "../db";
import { removeBodyWithEverything } from "../testing/cleanup";
import {
  listPublicSessionsOfYear,
  listPublicSessionYears,
  listRecentPublicSessions,
  listUpcomingPublicSessions,
} from "./public-list-data";

const db = getDb();
const tag = randomUUID().slice(0, 8);
let bodyId = "";
// Far in the future, so other tests' sessions do not come between: "today" is 2190-06-15 here.
const TODAY = "2190-06-15";

beforeAll(async () => {
  bodyId = (await db.body.create({ data: { name: { en: `List ${tag}` }, symbolPrefix: `LIST/${tag}` } })).id;
  const session = (ordinal: number, start: string, end: string, status: "DRAFT" | "PROVISIONAL" | "CLOSED") =>
    db.session.create({
      data: {
        bodyId,
        ordinal,
        status,
        slug: `list-${tag}-${ordinal}`,
        title: { en: `Session ${ordinal}` },
        venue: { en: "Vienna" },
        timeZone: "Europe/Vienna",
        startDate: new Date(start),
        endDate: new Date(end),
        originalLanguage: "en",
      },
    });
  await session(1, "2189-03-01", "2189-03-02", "CLOSED");
  await session(2, "2190-02-01", "2190-02-02", "CLOSED");
  await session(3, "2190-06-14", "2190-06-16", "PROVISIONAL"); // under way today
  await session(4, "2190-09-01", "2190-09-02", "PROVISIONAL");
  await session(5, "2190-10-01", "2190-10-02", "DRAFT");
});

afterAll(async () => {
  await removeBodyWithEverything(db, bodyId);
  await disconnectDb();
});

const mine = (sessions: Array<{ slug: string }>) =>
  sessions.filter((s) => s.slug.startsWith(`list-${tag}-`)).map((s) => Number(s.slug.split("-").at(-1)));

describe("the public list of sessions, bounded at any size", () => {
  it("shows what is under way or to come, soonest first, and never a draft", async () => {
    expect(mine(await listUpcomingPublicSessions(db, TODAY))).toEqual([3, 4]);
  });

  it("shows only the latest sessions that ended, latest first", async () => {
    const recent = await listRecentPublicSessions(db, TODAY, 500);
    expect(mine(recent)).toEqual([2, 1]);
    expect(await listRecentPublicSessions(db, TODAY, 1)).toHaveLength(1);
  });

  it("leads to every earlier session by the year it began", async () => {
    const years = await listPublicSessionYears(db);
    expect(years).toEqual(expect.arrayContaining([2189, 2190]));
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(mine(await listPublicSessionsOfYear(db, 2190))).toEqual([4, 3, 2]);
    expect(mine(await listPublicSessionsOfYear(db, 2189))).toEqual([1]);
  });
});
