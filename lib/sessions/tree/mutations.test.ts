import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, getDb } from "../../db";
import { writeSessionTree, type TreeItem } from "./mutations";

const db = getDb();
const prefix = `TST/TREE.${randomUUID().slice(0, 6).toUpperCase()}`;
let sessionId = "";

const item = (key: string, position: number, children: TreeItem[] = []): TreeItem => ({
  key,
  position,
  title: { en: `Item ${key}` },
  annotation: {},
  children,
});

beforeAll(async () => {
  const body = await db.body.create({
    data: { name: { en: "Tree test group" }, symbolPrefix: prefix, sessionTerm: "MEETING", originalLanguage: "en" },
  });
  const session = await db.session.create({
    data: {
      bodyId: body.id,
      slug: prefix.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
      ordinal: 1,
      title: { en: "Tree" },
      venue: { en: "Vienna" },
      timeZone: "Europe/Vienna",
      startDate: new Date("2033-01-10"),
      endDate: new Date("2033-01-11"),
      originalLanguage: "en",
    },
  });
  sessionId = session.id;
});

afterAll(async () => {
  await db.session.deleteMany({ where: { body: { symbolPrefix: prefix } } });
  await db.document.deleteMany({ where: { body: { symbolPrefix: prefix } } });
  await db.body.deleteMany({ where: { symbolPrefix: prefix } });
  await disconnectDb();
});

describe("writeSessionTree", () => {
  it("writes items under their parents, documents and slots in order, and answers the new ids by key", async () => {
    const document = await db.document.create({
      data: {
        symbol: `${prefix}/2033/1`,
        body: { connect: { symbolPrefix: prefix } },
        kind: "REPORT",
        title: { en: "Report" },
        originalLanguage: "en",
      },
    });
    const ids = await db.$transaction((tx) =>
      writeSessionTree(tx, sessionId, {
        items: [item("1", 1, [item("1a", 1), item("1b", 2)]), { ...item("2", 2), documentIds: [document.id] }],
        slots: [{ date: new Date("2033-01-10"), startMinutes: 600, endMinutes: 780, itemKeys: ["1b", "2"] }],
      }),
    );
    expect([...ids.keys()]).toEqual(["1", "1a", "1b", "2"]);
    const rows = await db.agendaItem.findMany({
      where: { sessionId },
      select: { id: true, parentId: true, position: true, documents: { select: { documentId: true } } },
    });
    const row = (key: string) => rows.find((r) => r.id === ids.get(key));
    expect(row("1a")).toMatchObject({ parentId: ids.get("1"), position: 1 });
    expect(row("1b")).toMatchObject({ parentId: ids.get("1"), position: 2 });
    expect(row("2")).toMatchObject({ parentId: null, position: 2, documents: [{ documentId: document.id }] });
    const slot = await db.timeSlot.findFirstOrThrow({
      where: { sessionId },
      select: { startMinutes: true, items: { orderBy: { position: "asc" }, select: { itemId: true } } },
    });
    expect(slot).toEqual({ startMinutes: 600, items: [{ itemId: ids.get("1b") }, { itemId: ids.get("2") }] });
  });

  it("refuses a slot that names an item the tree does not have, writing nothing", async () => {
    const before = await db.agendaItem.count({ where: { sessionId } });
    const write = db.$transaction((tx) =>
      writeSessionTree(tx, sessionId, {
        items: [item("x", 3)],
        slots: [{ date: new Date("2033-01-11"), startMinutes: 600, endMinutes: 660, itemKeys: ["y"] }],
      }),
    );
    await expect(write).rejects.toThrow(/agenda item y/);
    expect(await db.agendaItem.count({ where: { sessionId } })).toBe(before);
  });
});
