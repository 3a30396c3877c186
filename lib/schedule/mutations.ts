import "server-only";
import type { Actor } from "../auth/types";
import { recordAudit } from "../audit/mutations";
import type { Db } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { isoDay } from "../validation/dates";
import { mergeConflict, mergeFields } from "../edit-conflicts/merge";
import type { SlotTimes } from "./schema";
import { DEFAULT_DAY_SLOTS } from "./time-of-day";

type Tx = Prisma.TransactionClient;

const SLOT_SELECT = {
  id: true,
  sessionId: true,
  date: true,
  startMinutes: true,
  endMinutes: true,
  version: true,
  items: { orderBy: { position: "asc" }, select: { itemId: true } },
} satisfies Prisma.TimeSlotSelect;

type SlotRow = Prisma.TimeSlotGetPayload<{ select: typeof SLOT_SELECT }>;

/** A slot as the audit log and a conflict notice show it: plain JSON, the date as a calendar day. */
export interface SlotSnapshot {
  id: string;
  sessionId: string;
  date: string;
  startMinutes: number;
  endMinutes: number;
  version: number;
  itemIds: string[];
}

function snapshot(row: SlotRow): SlotSnapshot {
  return {
    id: row.id,
    sessionId: row.sessionId,
    date: isoDay(row.date),
    startMinutes: row.startMinutes,
    endMinutes: row.endMinutes,
    version: row.version,
    itemIds: row.items.map((entry) => entry.itemId),
  };
}

function conflict(current: SlotSnapshot | SlotSnapshot[]): AppError {
  return new AppError("conflict", { details: { current } });
}

async function readSlot(tx: Tx, id: string): Promise<SlotSnapshot | null> {
  const row = await tx.timeSlot.findUnique({ where: { id }, select: SLOT_SELECT });
  return row ? snapshot(row) : null;
}

/** The slot as it is now, or "not-found" / "conflict" (with the current slot) when `version` is stale. */
async function assertSlotVersion(tx: Tx, id: string, version: number): Promise<SlotSnapshot> {
  const current = await readSlot(tx, id);
  if (!current) throw new AppError("not-found");
  if (current.version !== version) throw conflict(current);
  return current;
}

/**
 * Moves the version on, and with it takes the row lock: a concurrent save that read the same version finds
 * nothing to update here and is told about the conflict instead of overwriting.
 */
async function bumpVersion(
  tx: Tx,
  id: string,
  version: number,
  data: Prisma.TimeSlotUpdateManyMutationInput = {},
): Promise<void> {
  const { count } = await tx.timeSlot.updateMany({
    where: { id, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 1) return;
  const current = await readSlot(tx, id);
  if (!current) throw new AppError("not-found");
  throw conflict(current);
}

async function assertSession(tx: Tx, sessionId: string): Promise<void> {
  if (!(await tx.session.findUnique({ where: { id: sessionId }, select: { id: true } })))
    throw new AppError("not-found");
}

async function insertSlot(
  tx: Tx,
  actor: Actor,
  sessionId: string,
  date: string,
  startMinutes: number,
  endMinutes: number,
) {
  const row = await tx.timeSlot.create({
    data: { sessionId, date: new Date(date), startMinutes, endMinutes },
    select: SLOT_SELECT,
  });
  const after = snapshot(row);
  await recordAudit(tx, {
    actorId: actor.id,
    sessionId,
    entityType: "TimeSlot",
    entityId: row.id,
    action: "create",
    after,
  });
  return { id: after.id, version: after.version };
}

/** A meeting day with the usual morning and afternoon slots. Refused on a day that already has slots. */
export async function addDay(
  db: Db,
  actor: Actor,
  sessionId: string,
  date: string,
): Promise<{ slots: Array<{ id: string; version: number }> }> {
  return db.$transaction(async (tx) => {
    await assertSession(tx, sessionId);
    if ((await tx.timeSlot.count({ where: { sessionId, date: new Date(date) } })) > 0) {
      throw new AppError("validation", { fields: { date: "dayHasSlots" } });
    }
    const slots = [];
    for (const slot of DEFAULT_DAY_SLOTS)
      slots.push(await insertSlot(tx, actor, sessionId, date, slot.startMinutes, slot.endMinutes));
    return { slots };
  });
}

export async function createSlot(
  db: Db,
  actor: Actor,
  sessionId: string,
  times: SlotTimes,
): Promise<{ id: string; version: number }> {
  return db.$transaction(async (tx) => {
    await assertSession(tx, sessionId);
    return insertSlot(tx, actor, sessionId, times.date, times.start, times.end);
  });
}

/**
 * Changes a slot's date and times. When someone else saved it since the form opened (`version` is stale), only what
 * this user changed from `base` is written; start and end go together, so a change to the times by both people,
 * or a date changed differently by both, is a "conflict" with both values per field.
 */
export async function updateSlot(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
  times: SlotTimes,
  base?: Partial<SlotTimes>,
): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    // A save committed between this read and the write below leaves the write nothing to update: read again.
    for (let attempt = 0; attempt < 3; attempt++) {
      const before = await readSlot(tx, id);
      if (!before) throw new AppError("not-found");
      let values = times;
      if (before.version !== version) {
        const current = { date: before.date, start: before.startMinutes, end: before.endMinutes };
        const merged = mergeFields(base, times, current, [["start", "end"]]);
        if (!merged.ok) throw mergeConflict(before.version, current, merged);
        values = merged.values;
      }
      const data = {
        date: new Date(values.date),
        startMinutes: values.start,
        endMinutes: values.end,
        version: { increment: 1 },
      };
      const { count } = await tx.timeSlot.updateMany({ where: { id, version: before.version }, data });
      if (count !== 1) continue;
      const after = await readSlot(tx, id);
      await recordAudit(tx, {
        actorId: actor.id,
        sessionId: before.sessionId,
        entityType: "TimeSlot",
        entityId: id,
        action: "update",
        before,
        after,
      });
      return { version: after?.version ?? before.version + 1 };
    }
    throw new AppError("conflict");
  });
}

/** Deletes the slot and its list of items; the agenda items themselves stay. */
export async function deleteSlot(db: Db, actor: Actor, id: string, version: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await assertSlotVersion(tx, id, version);
    const { count } = await tx.timeSlot.deleteMany({ where: { id, version } });
    if (count !== 1) throw conflict((await readSlot(tx, id)) ?? before);
    await recordAudit(tx, {
      actorId: actor.id,
      sessionId: before.sessionId,
      entityType: "TimeSlot",
      entityId: id,
      action: "delete",
      before,
    });
  });
}

/**
 * Replaces the ordered item lists of one or more slots of one session, all or nothing. Every slot must still
 * be at the version the editor saw; items must be agenda items of the same session.
 */
export async function setSlotItems(
  db: Db,
  actor: Actor,
  changes: ReadonlyArray<{ id: string; version: number; itemIds: readonly string[] }>,
): Promise<{ versions: Record<string, number> }> {
  return db.$transaction(async (tx) => {
    const rows = await tx.timeSlot.findMany({ where: { id: { in: changes.map((c) => c.id) } }, select: SLOT_SELECT });
    if (rows.length !== changes.length) throw new AppError("not-found");
    const before = new Map(rows.map((row) => [row.id, snapshot(row)]));
    const sessionId = rows[0]?.sessionId ?? "";
    if (rows.some((row) => row.sessionId !== sessionId))
      throw new AppError("validation", { fields: { slots: "invalid" } });
    if (changes.some((change) => before.get(change.id)?.version !== change.version))
      throw conflict([...before.values()]);

    const wanted = [...new Set(changes.flatMap((change) => change.itemIds))];
    const found = await tx.agendaItem.findMany({ where: { id: { in: wanted }, sessionId }, select: { id: true } });
    const ofSession = new Set(found.map((item) => item.id));
    const stranger = changes.findIndex((change) => change.itemIds.some((itemId) => !ofSession.has(itemId)));
    if (stranger >= 0)
      throw new AppError("validation", { fields: { [`slots.${stranger}.itemIds`]: "itemNotInSession" } });

    const versions: Record<string, number> = {};
    for (const change of changes) {
      await bumpVersion(tx, change.id, change.version);
      await tx.timeSlotItem.deleteMany({ where: { slotId: change.id } });
      await tx.timeSlotItem.createMany({
        data: change.itemIds.map((itemId, index) => ({ slotId: change.id, itemId, position: index + 1 })),
      });
      const previous = before.get(change.id);
      const after = previous ? { ...previous, version: previous.version + 1, itemIds: [...change.itemIds] } : undefined;
      await recordAudit(tx, {
        actorId: actor.id,
        sessionId,
        entityType: "TimeSlot",
        entityId: change.id,
        action: "setItems",
        before: previous,
        after,
      });
      versions[change.id] = change.version + 1;
    }
    return { versions };
  });
}
