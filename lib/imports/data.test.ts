import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, getDb } from "../db";
import { zoneDefaults } from "./data";

const db = getDb();
const prefix = `TST/TZ.${10000 + Math.floor(Math.random() * 89999)}`;
let bodyId = "";

async function session(ordinal: number, timeZone: string, startDate: string) {
  await db.session.create({
    data: {
      bodyId,
      ordinal,
      slug: `${prefix.replaceAll(/[^A-Za-z0-9]/g, "-").toLowerCase()}-${ordinal}`,
      title: { en: `Session ${ordinal}` },
      venue: { en: "Somewhere" },
      timeZone,
      startDate: new Date(startDate),
      endDate: new Date(startDate),
      originalLanguage: "en",
    },
  });
}

beforeAll(async () => {
  const body = await db.body.create({
    data: { symbolPrefix: prefix, name: { en: "Zone test body" }, originalLanguage: "en" },
    select: { id: true },
  });
  bodyId = body.id;
  await session(1, "Europe/Vienna", "2020-03-02");
  await session(2, "Europe/Vienna", "2021-03-01");
  await session(3, "America/New_York", "2022-03-07");
});

afterAll(async () => {
  await db.session.deleteMany({ where: { bodyId } });
  await db.body.delete({ where: { id: bodyId } });
  await disconnectDb();
});

describe("zoneDefaults", () => {
  it("gives the zone most of the body's sessions met in, though its latest session met elsewhere", async () => {
    expect((await zoneDefaults(db, bodyId)).body).toBe("Europe/Vienna");
  });

  it("gives the zone of the session created last, whichever body it belongs to", async () => {
    // Other test files create sessions in parallel: compare with the newest row as it is now.
    const { last } = await zoneDefaults(db, null);
    const newest = await db.session.findFirst({ orderBy: { createdAt: "desc" }, select: { timeZone: true } });
    expect(last).toBe(newest?.timeZone);
  });

  it("knows no usual zone for a body it has not seen", async () => {
    expect((await zoneDefaults(db, null)).body).toBeNull();
  });
});
