import { afterAll, describe, expect, it } from "vitest";
import { disconnectDb, getDb } from "../db";
import { getDocumentRegistry } from "../documents/data";
import { getPublicSession } from "../sessions/data";
import { removeBodyWithEverything } from "../testing/cleanup";
import { AlreadyGeneratedError, generateScaleData, SCALE_SETTING_KEY } from "./mutations";
import { PARENT_BODIES } from "./vocabulary-bodies";

const db = getDb();
const small = { sessions: 3, itemsPerSession: 5, documentsPerSession: 8, slotsPerSession: 4, sessionsPerBody: 2 };
// Two bodies: the first parent and the second (the generator names them from its list of real UN bodies).
const prefixes = PARENT_BODIES.slice(0, 2).map((body) => body.prefix);

afterAll(async () => {
  const bodies = await db.body.findMany({ where: { symbolPrefix: { in: prefixes } }, select: { id: true } });
  for (const body of bodies) await removeBodyWithEverything(db, body.id);
  await db.systemSetting.deleteMany({ where: { key: SCALE_SETTING_KEY } });
  await disconnectDb();
});

describe("generateScaleData", () => {
  it("writes sessions the database accepts and the app reads, once per database", async () => {
    const before = await db.session.count();
    const counts = await generateScaleData(db, small);
    expect(counts).toEqual({
      bodies: 2,
      sessions: 3,
      items: 15,
      documents: 24,
      versions: expect.any(Number),
      links: expect.any(Number),
      slots: 12,
      slotItems: expect.any(Number),
    });
    expect(await db.session.count()).toBe(before + 3);

    const published = await db.session.findFirstOrThrow({
      where: { body: { symbolPrefix: { in: prefixes } }, status: { not: "DRAFT" } },
      select: { id: true, slug: true },
    });
    const page = (await getPublicSession(db, published.slug, false))!;
    expect(page.items).toHaveLength(5);
    expect(page.title.zh).toBeTruthy();
    expect(page.documents.length).toBeGreaterThan(0);
    expect(page.slots).toHaveLength(4);
    const registry = (await getDocumentRegistry(db, published.id, 1))!;
    expect(registry.documents[0]!.symbol).toMatch(/\/1$/);

    await expect(generateScaleData(db, small)).rejects.toBeInstanceOf(AlreadyGeneratedError);
    expect(await db.session.count()).toBe(before + 3);
  });
});
