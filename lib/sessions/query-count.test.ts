import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createQueryCountingDb, disconnectDb, getDb } from "../db";
import { getPublicSession, listPublicSessions } from "./data";

const db = getDb();
const tag = randomUUID().slice(0, 6);
let bodyId = "";

/** A published session with `size` items, each with a sub-item, a document and a slot. */
async function sessionOfSize(size: number): Promise<string> {
  const slug = `size-${size}-${tag}`;
  const session = await db.session.create({
    data: {
      bodyId,
      ordinal: size,
      slug,
      title: { en: "Sized" },
      venue: { en: "Vienna" },
      timeZone: "Europe/Vienna",
      startDate: new Date("2033-01-01"),
      endDate: new Date("2033-01-05"),
      originalLanguage: "en",
      status: "PROVISIONAL",
    },
  });
  for (let n = 1; n <= size; n++) {
    const doc = await db.document.create({
      data: {
        symbol: `TST/QC/${tag.toUpperCase()}/${size}/${n}`,
        bodyId,
        title: { en: `Doc ${n}` },
        versions: { create: [{ locale: "en", url: "https://example.org" }] },
      },
    });
    const item = await db.agendaItem.create({
      data: {
        sessionId: session.id,
        position: n,
        title: { en: `Item ${n}` },
        annotation: { en: `See ${doc.symbol}.` },
        documents: { create: [{ documentId: doc.id, position: 1 }] },
      },
    });
    await db.agendaItem.create({
      data: { sessionId: session.id, parentId: item.id, position: 1, title: { en: `Sub-item ${n}` } },
    });
    await db.timeSlot.create({
      data: {
        sessionId: session.id,
        date: new Date("2033-01-02"),
        startMinutes: 600 + n,
        endMinutes: 700 + n,
        items: { create: [{ itemId: item.id, position: 1 }] },
      },
    });
  }
  return slug;
}

beforeAll(async () => {
  bodyId = (await db.body.create({ data: { name: { en: "Query counting" }, symbolPrefix: `TST/QC${tag}` } })).id;
});

afterAll(async () => {
  await db.session.deleteMany({ where: { bodyId } });
  await db.document.deleteMany({ where: { bodyId } });
  await db.body.delete({ where: { id: bodyId } });
  await disconnectDb();
});

describe("public reads", () => {
  it("take the same number of queries for a session of 2 items as for one of 25 (no N+1)", async () => {
    const small = await sessionOfSize(2);
    const large = await sessionOfSize(25);
    const counting = createQueryCountingDb();
    try {
      await getPublicSession(counting.db, small, false);
      const forSmall = counting.queries.length;
      counting.queries.length = 0;
      const session = await getPublicSession(counting.db, large, false);
      expect(session?.items).toHaveLength(50);
      expect(session?.documents).toHaveLength(25);
      expect(counting.queries.length).toBe(forSmall);
      expect(forSmall).toBeLessThanOrEqual(12);

      counting.queries.length = 0;
      await listPublicSessions(counting.db);
      expect(counting.queries.length).toBeLessThanOrEqual(4);
    } finally {
      await counting.disconnect();
    }
  });
});
