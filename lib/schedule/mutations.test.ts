import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "../auth/types";
import { disconnectDb, getDb } from "../db";
import { createTestActor, removeTestUsers } from "../testing/actors";
import { race, runsTransactionsAtOnce } from "../testing/race";
import { addDayAction, createSlotAction, setSlotItemsAction, updateSlotAction } from "./actions";
import { addDay, createSlot, deleteSlot, setSlotItems, updateSlot } from "./mutations";

// The cookie is the only thing mocked: the actions still authorise against the real database.
let signedIn: string | null = null;
vi.mock("../auth/session-user", () => ({
  sessionUser: async () => (signedIn ? { id: signedIn, version: null } : null),
}));
vi.mock("next/cache", () => ({ updateTag: vi.fn(), revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const db = getDb();
// Saves at the same moment need a database that runs transactions at once (see runsTransactionsAtOnce).
const atOnce = await runsTransactionsAtOnce();
const tag = randomUUID().slice(0, 8);
const prefix = `TEST/SCHED/${tag}`;
let actor: Actor;
let bodyId = "";
let sessionId = "";
let otherSessionId = "";
const items: string[] = [];
let strangerItem = "";

async function slotsOn(date: string) {
  return db.timeSlot.findMany({
    where: { sessionId, date: new Date(date) },
    orderBy: { startMinutes: "asc" },
    select: { id: true, startMinutes: true, endMinutes: true, version: true },
  });
}

async function itemIdsOf(slotId: string) {
  const rows = await db.timeSlotItem.findMany({
    where: { slotId },
    orderBy: { position: "asc" },
    select: { itemId: true },
  });
  return rows.map((row) => row.itemId);
}

beforeAll(async () => {
  actor = await createTestActor(db, "SECRETARIAT");
  signedIn = actor.id;
  const body = await db.body.create({ data: { name: { en: `Schedule body ${tag}` }, symbolPrefix: prefix } });
  bodyId = body.id;
  const common = {
    bodyId,
    title: { en: "Schedule test" },
    venue: { en: "Vienna" },
    timeZone: "Europe/Vienna",
    originalLanguage: "en",
  };
  const session = await db.session.create({
    data: {
      ...common,
      ordinal: 1,
      slug: `sched-a-${tag}`,
      startDate: new Date("2032-07-05"),
      endDate: new Date("2032-07-06"),
    },
  });
  sessionId = session.id;
  for (const position of [1, 2, 3]) {
    const item = await db.agendaItem.create({
      data: { sessionId, position, title: { en: `Item ${position}` } },
      select: { id: true },
    });
    items.push(item.id);
  }
  const other = await db.session.create({
    data: {
      ...common,
      ordinal: 2,
      slug: `sched-b-${tag}`,
      startDate: new Date("2032-08-01"),
      endDate: new Date("2032-08-02"),
    },
  });
  otherSessionId = other.id;
  strangerItem = (
    await db.agendaItem.create({
      data: { sessionId: other.id, position: 1, title: { en: "Elsewhere" } },
      select: { id: true },
    })
  ).id;
});

afterAll(async () => {
  await db.auditEvent.deleteMany({ where: { sessionId: { in: [sessionId, otherSessionId] } } });
  await db.session.deleteMany({ where: { bodyId } });
  await db.body.delete({ where: { id: bodyId } });
  await removeTestUsers(db, [actor]);
  await disconnectDb();
});

describe("adding a day", () => {
  it("creates the usual morning and afternoon slots at once", async () => {
    const result = await addDay(db, actor, sessionId, "2032-07-05");
    expect(result.slots).toHaveLength(2);
    expect((await slotsOn("2032-07-05")).map((s) => [s.startMinutes, s.endMinutes])).toEqual([
      [600, 780],
      [900, 1080],
    ]);
  });

  it("refuses a day that already has slots, next to the date field", async () => {
    const result = await addDayAction({ sessionId, date: "2032-07-05" });
    expect(result).toEqual({ ok: false, error: { code: "validation", fields: { date: "dayHasSlots" } } });
    expect(await slotsOn("2032-07-05")).toHaveLength(2);
  });

  it("reports a session that does not exist", async () => {
    await expect(addDay(db, actor, "no-such-session", "2032-07-05")).rejects.toMatchObject({ code: "not-found" });
  });
});

describe("slot times", () => {
  it("are typed as HH:MM and stored as minutes after midnight", async () => {
    const result = await createSlotAction({ sessionId, slot: { date: "2032-07-06", start: "9:30", end: "12:45" } });
    expect(result.ok).toBe(true);
    expect((await slotsOn("2032-07-06")).map((s) => [s.startMinutes, s.endMinutes])).toEqual([[570, 765]]);
  });

  it("refuses an end before (or at) the start with a message on the end field", async () => {
    expect(await createSlotAction({ sessionId, slot: { date: "2032-07-06", start: "15:00", end: "14:00" } })).toEqual({
      ok: false,
      error: { code: "validation", fields: { "slot.end": "endNotAfterStart" } },
    });
    expect(
      await createSlotAction({ sessionId, slot: { date: "2032-07-06", start: "15:00", end: "15:00" } }),
    ).toMatchObject({
      error: { fields: { "slot.end": "endNotAfterStart" } },
    });
  });

  it("refuses text that is not a time of day", async () => {
    const result = await createSlotAction({ sessionId, slot: { date: "2032-07-06", start: "25:00", end: "3pm" } });
    expect(result).toEqual({
      ok: false,
      error: { code: "validation", fields: { "slot.start": "invalidTime", "slot.end": "invalidTime" } },
    });
    expect(await createSlotAction({ sessionId, slot: { date: "2032-07-06", start: "", end: "12:00" } })).toMatchObject({
      error: { fields: { "slot.start": "required" } },
    });
    expect(await slotsOn("2032-07-06")).toHaveLength(1);
  });

  it("are edited with optimistic locking: times both people changed are a conflict with both values, nothing written", async () => {
    const { id, version } = await createSlot(db, actor, sessionId, { date: "2032-07-06", start: 900, end: 1080 });
    const base = { date: "2032-07-06", start: "15:00", end: "18:00" };
    expect(await updateSlot(db, actor, id, version, { date: "2032-07-06", start: 930, end: 1080 })).toEqual({
      version: version + 1,
    });
    const stale = await updateSlotAction({ id, version, slot: { ...base, end: "19:00" }, base });
    // Start and end are one range: their new start with this user's new end would be a slot neither of them planned.
    expect(stale).toMatchObject({
      ok: false,
      error: {
        code: "conflict",
        details: {
          current: { start: 930, end: 1080, version: version + 1 },
          conflicts: [
            { field: "start", current: 930, yours: 900 },
            { field: "end", current: 1080, yours: 1140 },
          ],
        },
      },
    });
    expect(await db.timeSlot.findUniqueOrThrow({ where: { id } })).toMatchObject({
      startMinutes: 930,
      endMinutes: 1080,
      version: version + 1,
    });
  });

  it("keep the other person's new times when a stale save changed only the date", async () => {
    const { id, version } = await createSlot(db, actor, sessionId, { date: "2032-07-06", start: 900, end: 1080 });
    const base = { date: "2032-07-06", start: "15:00", end: "18:00" };
    await updateSlot(db, actor, id, version, { date: "2032-07-06", start: 930, end: 1080 });
    expect(await updateSlotAction({ id, version, slot: { ...base, date: "2032-07-05" }, base })).toEqual({
      ok: true,
      data: { version: version + 2 },
    });
    const row = await db.timeSlot.findUniqueOrThrow({ where: { id } });
    expect([row.date.toISOString().slice(0, 10), row.startMinutes, row.endMinutes]).toEqual(["2032-07-05", 930, 1080]);
  });

  it.skipIf(!atOnce)(
    "let exactly one of two saves at the same moment win; the other is told of the conflict",
    async () => {
      const { id, version } = await createSlot(db, actor, sessionId, { date: "2032-07-06", start: 900, end: 1080 });
      const base = { date: "2032-07-06", start: 900, end: 1080 };
      const racing = race(2);
      try {
        const results = await Promise.allSettled(
          racing.clients.map((client, i) =>
            updateSlot(client, actor, id, version, { ...base, start: 910 + i * 10 }, base),
          ),
        );
        expect(racing.allBegan() && racing.metAtWrite()).toBe(true);
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
        expect(results.find((r) => r.status === "rejected")?.reason).toMatchObject({ code: "conflict" });
        expect((await db.timeSlot.findUniqueOrThrow({ where: { id } })).version).toBe(version + 1);
        expect(await db.auditEvent.count({ where: { entityId: id, action: "update" } })).toBe(1);
      } finally {
        await racing.close();
      }
    },
  );
});

describe("the items of a slot", () => {
  it("are saved in the given order, and an item may be in several slots", async () => {
    const [morning, afternoon] = await slotsOn("2032-07-05");
    if (!morning || !afternoon) throw new Error("the day was not created");
    const order = [items[2], items[0], items[1]] as string[];
    const result = await setSlotItems(db, actor, [
      { id: morning.id, version: morning.version, itemIds: order },
      { id: afternoon.id, version: afternoon.version, itemIds: [items[1] as string] },
    ]);
    expect(result.versions).toEqual({ [morning.id]: morning.version + 1, [afternoon.id]: afternoon.version + 1 });
    expect(await itemIdsOf(morning.id)).toEqual(order);
    expect(await itemIdsOf(afternoon.id)).toEqual([items[1]]);

    await setSlotItems(db, actor, [
      { id: morning.id, version: morning.version + 1, itemIds: [items[0] as string, items[2] as string] },
    ]);
    expect(await itemIdsOf(morning.id)).toEqual([items[0], items[2]]);
  });

  it("refuses an item of another session and changes nothing", async () => {
    const [morning] = await slotsOn("2032-07-05");
    if (!morning) throw new Error("no slot");
    const before = await itemIdsOf(morning.id);
    const result = await setSlotItemsAction({
      slots: [{ id: morning.id, version: morning.version, itemIds: [items[0], strangerItem] }],
    });
    expect(result).toEqual({
      ok: false,
      error: { code: "validation", fields: { "slots.0.itemIds": "itemNotInSession" } },
    });
    expect(await itemIdsOf(morning.id)).toEqual(before);
    expect((await db.timeSlot.findUniqueOrThrow({ where: { id: morning.id } })).version).toBe(morning.version);
  });

  it("refuses the same item twice in one slot", async () => {
    const [morning] = await slotsOn("2032-07-05");
    const result = await setSlotItemsAction({
      slots: [{ id: morning?.id, version: morning?.version, itemIds: [items[0], items[0]] }],
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: "validation", fields: { "slots.0.itemIds": "duplicateSlotItem" } },
    });
  });

  it("saves neither slot when one of them changed meanwhile", async () => {
    const [morning, afternoon] = await slotsOn("2032-07-05");
    if (!morning || !afternoon) throw new Error("no slots");
    const before = [await itemIdsOf(morning.id), await itemIdsOf(afternoon.id)];
    const result = await setSlotItemsAction({
      slots: [
        { id: morning.id, version: morning.version, itemIds: [] },
        { id: afternoon.id, version: afternoon.version - 1, itemIds: [items[0]] },
      ],
    });
    expect(result).toMatchObject({ ok: false, error: { code: "conflict" } });
    const current = (result as unknown as { error: { details: { current: Array<{ id: string; itemIds: string[] }> } } })
      .error.details.current;
    expect(current.find((slot) => slot.id === afternoon.id)?.itemIds).toEqual(before[1]);
    expect([await itemIdsOf(morning.id), await itemIdsOf(afternoon.id)]).toEqual(before);
  });
});

describe("deleting a slot", () => {
  it("removes the slot and its entries but not the agenda items, and needs the current version", async () => {
    const { id, version } = await createSlot(db, actor, sessionId, { date: "2032-07-06", start: 1140, end: 1260 });
    const [first] = await setSlotItems(db, actor, [{ id, version, itemIds: [items[0] as string] }]).then((r) =>
      Object.values(r.versions),
    );
    await expect(deleteSlot(db, actor, id, version)).rejects.toMatchObject({ code: "conflict" });
    await deleteSlot(db, actor, id, first ?? 0);
    expect(await db.timeSlot.findUnique({ where: { id } })).toBeNull();
    expect(await db.timeSlotItem.count({ where: { slotId: id } })).toBe(0);
    expect(await db.agendaItem.count({ where: { id: items[0] } })).toBe(1);
    await expect(deleteSlot(db, actor, id, first ?? 0)).rejects.toMatchObject({ code: "not-found" });
  });
});

describe("the audit log", () => {
  it("records every change with who made it, and the slot before and after", async () => {
    const events = await db.auditEvent.findMany({
      where: { sessionId, entityType: "TimeSlot" },
      orderBy: { at: "asc" },
      select: { action: true, userId: true, before: true, after: true },
    });
    expect(new Set(events.map((e) => e.action))).toEqual(new Set(["create", "update", "setItems", "delete"]));
    expect(events.every((e) => e.userId === actor.id)).toBe(true);
    const update = events.find((e) => e.action === "update");
    expect(update?.before).toMatchObject({ startMinutes: 900 });
    expect(update?.after).toMatchObject({ startMinutes: 930 });
    const deletion = events.find((e) => e.action === "delete");
    expect(deletion?.before).toMatchObject({ itemIds: [items[0]], date: "2032-07-06" });
    expect(deletion?.after).toBeNull();
    // Events of one transaction share its timestamp, so the order among them is not asserted.
    const setItems = events
      .filter((e) => e.action === "setItems")
      .map((e) => (e.after as { itemIds: string[] }).itemIds);
    expect(setItems).toContainEqual([items[2], items[0], items[1]]);
  });
});
