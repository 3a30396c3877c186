import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/types";
import { disconnectDb, getDb } from "../db";
import { isAppError } from "../errors";
import { createTestActor, removeTestUsers } from "../testing/actors";
import { removeBodyWithEverything } from "../testing/cleanup";
import { failingAfterAudit } from "../testing/failing-audit";
import { numberItems } from "./numbering";
import { createItem, deleteItem, moveItem, updateItem } from "./mutations";
import { indentTarget, outdentTarget } from "./reorder";

const db = getDb();
const tag = randomUUID().slice(0, 8);
const prefix = `AGENDATEST/${tag}`;
let bodyId = "";
let actor: Actor;
let ordinal = 0;

beforeAll(async () => {
  actor = await createTestActor(db, "SECRETARIAT");
  bodyId = (await db.body.create({ data: { name: { en: `Agenda test ${tag}` }, symbolPrefix: prefix } })).id;
});

afterAll(async () => {
  await removeBodyWithEverything(db, bodyId);
  await removeTestUsers(db, [actor]);
  await disconnectDb();
});

async function newSession(originalLanguage = "zh"): Promise<string> {
  ordinal++;
  const session = await db.session.create({
    data: {
      bodyId,
      ordinal,
      slug: `agenda-${tag}-${ordinal}`,
      title: { zh: "测试" },
      venue: { zh: "维也纳" },
      timeZone: "Europe/Vienna",
      startDate: new Date("2032-03-01"),
      endDate: new Date("2032-03-02"),
      originalLanguage,
    },
  });
  return session.id;
}

const add = (sessionId: string, title: string, parentId: string | null = null) =>
  createItem(db, actor, { sessionId, parentId, title, annotation: "" }).then((r) => r.id);

async function placements(sessionId: string) {
  return db.agendaItem.findMany({
    where: { sessionId },
    select: { id: true, parentId: true, position: true, version: true },
  });
}

async function numbers(sessionId: string): Promise<Record<string, string>> {
  const items = await db.agendaItem.findMany({
    where: { sessionId },
    select: { id: true, parentId: true, position: true, title: true },
  });
  const byId = numberItems(items);
  return Object.fromEntries(
    items.map((item) => [(item.title as Record<string, string>).zh ?? item.id, byId.get(item.id)?.number ?? "?"]),
  );
}

/** Every sibling group of the session is stored as 1..n. */
async function expectContiguous(sessionId: string) {
  const groups = new Map<string | null, number[]>();
  for (const item of await placements(sessionId))
    groups.set(item.parentId, [...(groups.get(item.parentId) ?? []), item.position]);
  for (const positions of groups.values())
    expect(positions.sort((a, b) => a - b)).toEqual(positions.map((_, i) => i + 1));
}

const auditRows = (entityId: string) => db.auditEvent.findMany({ where: { entityId }, orderBy: { at: "asc" } });

async function failure(promise: Promise<unknown>): Promise<{ code: string; details?: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, details: error.details };
    throw error;
  }
  throw new Error("expected a failure");
}

const version = async (id: string) =>
  (await db.agendaItem.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

describe("creating items", () => {
  it("appends items, sub-items and a third level in the session's original language, each with one audit row", async () => {
    const s = await newSession();
    const opening = await add(s, "开幕");
    const review = await add(s, "审议");
    const art5 = await add(s, "第5条", review);
    await add(s, "第(1)款", art5);
    await add(s, "第(2)款", art5);
    expect(await numbers(s)).toEqual({
      开幕: "1",
      审议: "2",
      第5条: "2(a)",
      "第(1)款": "2(a)(i)",
      "第(2)款": "2(a)(ii)",
    });
    await expectContiguous(s);
    const item = await db.agendaItem.findUniqueOrThrow({ where: { id: opening } });
    expect(item.title).toEqual({ zh: "开幕" });
    const audit = await auditRows(opening);
    expect(audit.map((row) => [row.action, row.userId, row.sessionId])).toEqual([["create", actor.id, s]]);
    expect(audit[0]?.after).toMatchObject({ id: opening, position: 1, parentId: null });
  });

  it("refuses a fourth level and an unknown parent, writing nothing", async () => {
    const s = await newSession();
    const a = await add(s, "一");
    const b = await add(s, "二", a);
    const c = await add(s, "三", b);
    expect(await failure(add(s, "四", c))).toMatchObject({ code: "invalid-state", details: { reason: "too-deep" } });
    expect(await failure(add(s, "四", "no-such-item"))).toMatchObject({ code: "not-found" });
    expect(await db.agendaItem.count({ where: { sessionId: s } })).toBe(3);
    expect(await db.auditEvent.count({ where: { sessionId: s } })).toBe(3);
  });

  it("closes gaps in older data when it appends", async () => {
    const s = await newSession();
    await db.agendaItem.createMany({
      data: [10, 20].map((position) => ({ sessionId: s, position, title: { zh: `旧${position}` } })),
    });
    await add(s, "新");
    expect(await numbers(s)).toEqual({ 旧10: "1", 旧20: "2", 新: "3" });
    await expectContiguous(s);
  });
});

describe("moving items", () => {
  it("renumbers contiguously and records before and after parent and position", async () => {
    const s = await newSession();
    const [one, two, three] = [await add(s, "甲"), await add(s, "乙"), await add(s, "丙")];
    const sub = await add(s, "乙一", two);
    const moved = await moveItem(db, actor, { id: three as string, version: 1, parentId: null, position: 1 });
    expect(moved).toEqual({ version: 2, parentId: null, position: 1 });
    expect(await numbers(s)).toEqual({ 丙: "1", 甲: "2", 乙: "3", 乙一: "3(a)" });
    await moveItem(db, actor, { id: one as string, version: 1, parentId: two as string, position: 1 });
    expect(await numbers(s)).toEqual({ 丙: "1", 乙: "2", 甲: "2(a)", 乙一: "2(b)" });
    await expectContiguous(s);
    const audit = await auditRows(three as string);
    expect(audit.map((row) => [row.action, row.before, row.after])).toEqual([
      ["create", null, expect.anything()],
      ["move", { parentId: null, position: 3, version: 1 }, { parentId: null, position: 1, version: 2 }],
    ]);
    expect((await auditRows(sub)).map((row) => row.action)).toEqual(["create"]);
  });

  it("indents under the previous sibling and outdents to just after the former parent", async () => {
    const s = await newSession();
    await add(s, "甲");
    const b = await add(s, "乙");
    await add(s, "丙");
    const items = await placements(s);
    const indent = indentTarget(items, b);
    expect(indent).not.toBeNull();
    await moveItem(db, actor, { id: b, version: 1, ...indent! });
    expect(await numbers(s)).toEqual({ 甲: "1", 乙: "1(a)", 丙: "2" });
    const outdent = outdentTarget(await placements(s), b);
    await moveItem(db, actor, { id: b, version: 2, ...outdent! });
    expect(await numbers(s)).toEqual({ 甲: "1", 乙: "2", 丙: "3" });
    await expectContiguous(s);
  });

  it("refuses when the item changed since it was read, or would go under itself, and writes nothing", async () => {
    const s = await newSession();
    const a = await add(s, "甲");
    const b = await add(s, "乙", a);
    await updateItem(db, actor, { id: a, version: 1, title: "甲（改）", annotation: "" });
    expect(await failure(moveItem(db, actor, { id: a, version: 1, parentId: null, position: 2 }))).toMatchObject({
      code: "conflict",
      details: { current: { id: a, version: 2 } },
    });
    expect(await failure(moveItem(db, actor, { id: a, version: 2, parentId: b, position: 1 }))).toMatchObject({
      code: "invalid-state",
      details: { reason: "into-itself" },
    });
    expect((await auditRows(a)).map((row) => row.action)).toEqual(["create", "update"]);
    expect(await version(a)).toBe(2);
  });

  // Several people reordering at once: concurrency.test.ts.
});

describe("updating items", () => {
  it("writes the original language and keeps the translations", async () => {
    const s = await newSession();
    const a = await add(s, "开幕");
    await db.agendaItem.update({
      where: { id: a },
      data: { title: { zh: "开幕", en: "Opening" }, annotation: { en: "English text." } },
    });
    const result = await updateItem(db, actor, {
      id: a,
      version: 1,
      title: "会议开幕",
      annotation: "说明 CTOC/COP/WG.4/2018/1。",
    });
    expect(result).toEqual({ version: 2 });
    const item = await db.agendaItem.findUniqueOrThrow({ where: { id: a } });
    expect(item.title).toEqual({ zh: "会议开幕", en: "Opening" });
    expect(item.annotation).toEqual({ en: "English text.", zh: "说明 CTOC/COP/WG.4/2018/1。" });
    const audit = (await auditRows(a)).filter((row) => row.action === "update");
    expect(audit).toHaveLength(1);
    expect(audit[0]?.before).toMatchObject({ title: { zh: "开幕", en: "Opening" }, version: 1 });
    expect(audit[0]?.after).toMatchObject({ title: { zh: "会议开幕", en: "Opening" }, version: 2 });
  });

  // Saves over someone else's change, one after the other or truly at once: concurrency.test.ts.
  it("leaves neither the change nor its audit row when the transaction fails", async () => {
    const s = await newSession();
    const a = await add(s, "原标题");
    const b = await add(s, "乙");
    const failing = failingAfterAudit(db);
    await expect(updateItem(failing, actor, { id: a, version: 1, title: "不会保存", annotation: "" })).rejects.toThrow(
      "disk full",
    );
    await expect(moveItem(failing, actor, { id: b, version: 1, parentId: null, position: 1 })).rejects.toThrow(
      "disk full",
    );
    await expect(deleteItem(failing, actor, a, 1)).rejects.toThrow("disk full");
    await expect(
      createItem(failing, actor, { sessionId: s, parentId: a, title: "不会保存", annotation: "" }),
    ).rejects.toThrow("disk full");
    const item = await db.agendaItem.findUniqueOrThrow({ where: { id: a } });
    expect([item.title, item.version]).toEqual([{ zh: "原标题" }, 1]);
    expect(await numbers(s)).toEqual({ 原标题: "1", 乙: "2" });
    expect(await db.auditEvent.count({ where: { sessionId: s } })).toBe(2);
  });
});

describe("deleting items", () => {
  it("deletes sub-items with the item, detaches documents and slots, reports the counts and renumbers", async () => {
    const s = await newSession();
    const [a, b, c] = [await add(s, "甲"), await add(s, "乙"), await add(s, "丙")];
    const b1 = await add(s, "乙一", b);
    const docs = await Promise.all(
      [1, 2].map((n) =>
        db.document.create({ data: { symbol: `${prefix}/2032/${ordinal}/${n}`, bodyId, title: { zh: `文件${n}` } } }),
      ),
    );
    await db.agendaItemDocument.createMany({
      data: [
        { itemId: b, documentId: docs[0]!.id, position: 1 },
        { itemId: b1, documentId: docs[1]!.id, position: 1 },
      ],
    });
    const slot = await db.timeSlot.create({
      data: { sessionId: s, date: new Date("2032-03-01"), startMinutes: 600, endMinutes: 780 },
    });
    await db.timeSlotItem.createMany({
      data: [
        { slotId: slot.id, itemId: a, position: 1 },
        { slotId: slot.id, itemId: b, position: 2 },
        { slotId: slot.id, itemId: c, position: 3 },
      ],
    });

    expect(await deleteItem(db, actor, b, 1)).toEqual({ subItems: 1, documents: 2, slots: 1 });
    expect(await numbers(s)).toEqual({ 甲: "1", 丙: "2" });
    await expectContiguous(s);
    expect(await db.document.count({ where: { id: { in: docs.map((d) => d.id) } } })).toBe(2);
    expect(await db.agendaItemDocument.count({ where: { documentId: { in: docs.map((d) => d.id) } } })).toBe(0);
    const entries = await db.timeSlotItem.findMany({
      where: { slotId: slot.id },
      orderBy: { position: "asc" },
      select: { itemId: true, position: true },
    });
    expect(entries).toEqual([
      { itemId: a, position: 1 },
      { itemId: c, position: 2 },
    ]);
    const audit = await auditRows(b);
    expect(audit.map((row) => row.action)).toEqual(["create", "delete"]);
    expect(audit[1]?.before).toMatchObject({
      id: b,
      subItems: [{ id: b1 }],
      detached: { documents: expect.any(Array), slots: [{ itemId: b, slotId: slot.id }] },
    });
    expect(audit[1]?.after).toBeNull();
    expect(await auditRows(b1).then((rows) => rows.map((row) => row.action))).toEqual(["create"]);
  });

  it("refuses a stale version and an item already deleted", async () => {
    const s = await newSession();
    const a = await add(s, "甲");
    await updateItem(db, actor, { id: a, version: 1, title: "甲二", annotation: "" });
    expect((await failure(deleteItem(db, actor, a, 1))).code).toBe("conflict");
    await deleteItem(db, actor, a, 2);
    expect((await failure(deleteItem(db, actor, a, 2))).code).toBe("not-found");
  });
});
