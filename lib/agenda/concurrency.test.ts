import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/types";
import { disconnectDb, getDb } from "../db";
import { isAppError } from "../errors";
import { createTestActor, removeTestUsers } from "../testing/actors";
import { removeBodyWithEverything } from "../testing/cleanup";
import { race, runsTransactionsAtOnce } from "../testing/race";
import { createItem, moveItem, updateItem } from "./mutations";

/** Saves over someone else's change: after theirs, and truly at the same moment on separate connections (lib/testing/race.ts). */
const db = getDb();
// Saves at the same moment need a database that runs transactions at once (see runsTransactionsAtOnce).
const atOnce = await runsTransactionsAtOnce();
const tag = randomUUID().slice(0, 8);
let bodyId = "";
let actor: Actor;
let ordinal = 0;

beforeAll(async () => {
  actor = await createTestActor(db, "SECRETARIAT");
  bodyId = (await db.body.create({ data: { name: { en: `Agenda race ${tag}` }, symbolPrefix: `AGENDARACE/${tag}` } }))
    .id;
});

afterAll(async () => {
  await removeBodyWithEverything(db, bodyId);
  await removeTestUsers(db, [actor]);
  await disconnectDb();
});

async function newSession(): Promise<string> {
  ordinal++;
  const session = await db.session.create({
    data: {
      bodyId,
      ordinal,
      slug: `agenda-race-${tag}-${ordinal}`,
      title: { zh: "测试" },
      venue: { zh: "维也纳" },
      timeZone: "Europe/Vienna",
      startDate: new Date("2032-03-01"),
      endDate: new Date("2032-03-02"),
      originalLanguage: "zh",
    },
  });
  return session.id;
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; details?: Record<string, unknown> }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isAppError(error)) throw new Error(`expected a refusal, got ${String(error)}`);
  return { code: error.code, details: error.details };
}

const add = (sessionId: string, title: string) =>
  createItem(db, actor, { sessionId, parentId: null, title, annotation: "" }).then((r) => r.id);

describe("saving an item over someone else's change", () => {
  it("refuses a save on an old version of a text changed since, with both texts, writing nothing; the choice made is saved", async () => {
    const s = await newSession();
    const a = await add(s, "原标题");
    const base = { title: "原标题", annotation: "" };
    await updateItem(db, actor, { id: a, version: 1, title: "第一人的标题", annotation: "第一人的说明", base });
    const refused = await refusal(
      updateItem(db, actor, { id: a, version: 1, title: "第二人的标题", annotation: "", base }),
    );
    expect(refused.code).toBe("conflict");
    expect(refused.details).toEqual({
      current: { version: 2, title: "第一人的标题", annotation: "第一人的说明" },
      merged: { title: "第二人的标题", annotation: "第一人的说明" },
      conflicts: [{ field: "title", current: "第一人的标题", yours: "第二人的标题" }],
    });
    expect((await db.agendaItem.findUniqueOrThrow({ where: { id: a } })).title).toEqual({ zh: "第一人的标题" });
    expect(
      (await db.auditEvent.findMany({ where: { entityId: a }, orderBy: { at: "asc" } })).map((row) => row.action),
    ).toEqual(["create", "update"]);
    // The second person keeps their title; the annotation they never touched stays the first person's.
    const resolved = { ...(refused.details?.merged as typeof base), title: "第二人的标题" };
    await updateItem(db, actor, {
      id: a,
      version: 2,
      ...resolved,
      base: { title: "第一人的标题", annotation: "第一人的说明" },
    });
    const item = await db.agendaItem.findUniqueOrThrow({ where: { id: a } });
    expect([item.title, item.annotation, item.version]).toEqual([{ zh: "第二人的标题" }, { zh: "第一人的说明" }, 3]);
  });

  it("writes only the text a save on an old version changed, keeping the other person's change to the other", async () => {
    const s = await newSession();
    const a = await add(s, "原标题");
    const base = { title: "原标题", annotation: "" };
    await updateItem(db, actor, { id: a, version: 1, ...base, annotation: "第一人的说明", base });
    expect(await updateItem(db, actor, { id: a, version: 1, ...base, title: "第二人的标题", base })).toEqual({
      version: 3,
    });
    const item = await db.agendaItem.findUniqueOrThrow({ where: { id: a } });
    expect([item.title, item.annotation]).toEqual([{ zh: "第二人的标题" }, { zh: "第一人的说明" }]);
  });
});

describe.skipIf(!atOnce)("saving one item at the same moment", () => {
  it("lets exactly one of two saves of the title win; the other gets a conflict and writes nothing", async () => {
    const s = await newSession();
    const a = await add(s, "原标题");
    const base = { title: "原标题", annotation: "" };
    const titles = ["甲的标题", "乙的标题"];
    const racing = race(2);
    try {
      const results = await Promise.allSettled(
        racing.clients.map((client, i) =>
          updateItem(client, actor, { id: a, version: 1, title: titles[i] ?? "", annotation: "", base }),
        ),
      );
      // Both read version 1 before either wrote, so only the write's own guard could tell them apart.
      expect(racing.allBegan() && racing.metAtWrite()).toBe(true);
      const won = results.flatMap((r, i) => (r.status === "fulfilled" ? [titles[i]] : []));
      expect(won).toHaveLength(1);
      expect(results.find((r) => r.status === "rejected")?.reason).toMatchObject({
        code: "conflict",
        details: { conflicts: [{ field: "title", current: won[0] }] },
      });
      const item = await db.agendaItem.findUniqueOrThrow({ where: { id: a } });
      expect([item.title, item.version]).toEqual([{ zh: won[0] }, 2]);
      expect(await db.auditEvent.count({ where: { entityId: a, action: "update" } })).toBe(1);
    } finally {
      await racing.close();
    }
  });

  it("keeps both of two saves at the same moment that change different texts", async () => {
    const s = await newSession();
    const a = await add(s, "原标题");
    const base = { title: "原标题", annotation: "" };
    const edits = [
      { ...base, title: "甲的标题" },
      { ...base, annotation: "乙的说明" },
    ];
    const racing = race(2);
    try {
      const results = await Promise.allSettled(
        racing.clients.map((client, i) =>
          updateItem(client, actor, { id: a, version: 1, ...(edits[i] ?? base), base }),
        ),
      );
      expect(racing.metAtWrite()).toBe(true);
      expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
      const item = await db.agendaItem.findUniqueOrThrow({ where: { id: a } });
      expect([item.title, item.annotation, item.version]).toEqual([{ zh: "甲的标题" }, { zh: "乙的说明" }, 3]);
    } finally {
      await racing.close();
    }
  });
});

describe.skipIf(!atOnce)("reordering at the same moment", () => {
  it("keeps every sibling group a permutation of 1..n, with one audit row per move that changed something", async () => {
    const s = await newSession();
    const ids: string[] = [];
    for (const title of ["一", "二", "三", "四", "五"]) ids.push(await add(s, title));
    const racing = race(ids.length, 400);
    try {
      // Five people, five connections, five transactions open together: each moves a different item.
      const results = await Promise.allSettled(
        ids.map((id, i) =>
          moveItem(racing.clients[i] ?? db, actor, { id, version: 1, parentId: null, position: 5 - i }),
        ),
      );
      expect(racing.allBegan()).toBe(true);
      expect(results.map((r) => (r.status === "rejected" ? String(r.reason) : "ok"))).toEqual(ids.map(() => "ok"));

      const rows = await db.agendaItem.findMany({
        where: { sessionId: s },
        select: { id: true, parentId: true, position: true, version: true },
      });
      expect(rows.map((row) => row.id).sort()).toEqual([...ids].sort());
      expect(rows.every((row) => row.parentId === null)).toBe(true);
      expect(rows.map((row) => row.position).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5]);

      // A move that found its item already in place changes nothing; every other one is recorded exactly once.
      const audit = await db.auditEvent.findMany({
        where: { sessionId: s, action: "move" },
        select: { entityId: true, after: true },
      });
      const moved = rows.filter((row) => row.version === 2).map((row) => row.id);
      expect(moved.length).toBeGreaterThanOrEqual(1);
      expect(audit.map((row) => row.entityId).sort()).toEqual([...moved].sort());
      for (const [i, result] of results.entries()) {
        if (result.status !== "fulfilled") continue;
        const row = audit.find((entry) => entry.entityId === ids[i]);
        expect(row ? row.after : null).toEqual(result.value.version === 2 ? result.value : null);
      }
    } finally {
      await racing.close();
    }
  });
});
