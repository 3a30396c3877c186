import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/types";
import { disconnectDb, getDb } from "../db";
import { AppError } from "../errors";
import { createTestActor, removeTestUsers } from "../testing/actors";
import { failingAfterAudit } from "../testing/failing-audit";
import { duplicateSession } from "./duplicate/mutations";
import { createSession, deleteDraftSession, setSessionStatus, updateSession } from "./mutations";
import { sessionFieldsSchema } from "./schema";

const db = getDb();
const tag = randomUUID().slice(0, 6).toUpperCase();
const prefix = `TST/WG.${tag}`;
let actor: Actor;

const fields = (overrides: Record<string, unknown> = {}) =>
  sessionFieldsSchema.parse({
    ordinal: 3,
    title: "Third meeting",
    venue: "Vienna",
    timeZone: "Europe/Vienna",
    startDate: "2031-03-02",
    endDate: "2031-03-03",
    originalLanguage: "en",
    plenaryMeetings: 4,
    interpretationLanguages: ["en", "fr"],
    agendaSymbol: `${prefix.toLowerCase()}/2031/ 1`,
    ...overrides,
  });

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  actor = await createTestActor(db, "SECRETARIAT");
});

afterAll(async () => {
  const bodies = await db.body.findMany({
    where: { symbolPrefix: { startsWith: "TST/WG." + tag } },
    select: { id: true },
  });
  const ids = bodies.map((b) => b.id);
  const sessions = await db.session.findMany({ where: { bodyId: { in: ids } }, select: { id: true } });
  await db.auditEvent.deleteMany({
    where: {
      OR: [
        { sessionId: { in: sessions.map((s) => s.id) } },
        { entityId: { in: [...ids, ...sessions.map((s) => s.id)] } },
      ],
    },
  });
  await db.session.deleteMany({ where: { bodyId: { in: ids } } });
  await db.body.deleteMany({ where: { id: { in: ids } } });
  await removeTestUsers(db, [actor]);
  await disconnectDb();
});

describe("session mutations", () => {
  let id = "";

  it("creates a draft with a new body, canonical agenda symbol, readable slug and its history", async () => {
    ({ id } = await createSession(db, actor, {
      body: {
        kind: "new",
        body: { name: "Test working group", symbolPrefix: prefix, parentId: null, sessionTerm: "MEETING" },
      },
      session: fields(),
    }));
    const row = await db.session.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("DRAFT");
    expect(row.agendaSymbol).toBe(`${prefix}/2031/1`);
    expect(row.slug).toBe(`tst-wg${tag.toLowerCase()}-2031`);
    const audit = await db.auditEvent.findMany({ where: { entityId: id } });
    expect(audit.map((a) => a.action)).toEqual(["create"]);
  });

  it("refuses a second session with the same number of the same body, next to the field", async () => {
    const body = await db.session.findUniqueOrThrow({ where: { id }, select: { bodyId: true } });
    const error = await rejection(
      createSession(db, actor, { body: { kind: "existing", bodyId: body.bodyId }, session: fields() }),
    );
    expect(error.code).toBe("validation");
    expect(error.fields).toEqual({ "session.ordinal": "duplicateOrdinal" });
  });

  // Saves that truly overlap are in save-conflicts.test.ts; this one comes after the other has committed.
  it("refuses a save made on an old version of a field changed since, writes nothing, and returns what the other person saved", async () => {
    const base = fields();
    const first = await updateSession(db, actor, id, 1, fields({ title: "Third meeting (revised)" }), base);
    expect(first.version).toBe(2);
    const error = await rejection(updateSession(db, actor, id, 1, fields({ title: "My stale edit" }), base));
    expect(error.code).toBe("conflict");
    expect(error.details).toMatchObject({
      current: { version: 2, title: "Third meeting (revised)" },
      conflicts: [{ field: "title", current: "Third meeting (revised)", yours: "My stale edit" }],
    });
    const row = await db.session.findUniqueOrThrow({ where: { id } });
    expect(row.title).toEqual({ en: "Third meeting (revised)" });
    expect(await db.auditEvent.count({ where: { entityId: id, action: "update" } })).toBe(1);
  });

  it("keeps the other languages of a title when the original is edited", async () => {
    await db.session.update({
      where: { id },
      data: { title: { en: "Third meeting (revised)", fr: "Troisième réunion" } },
    });
    await updateSession(db, actor, id, 2, fields({ title: "Third meeting, Vienna" }));
    expect((await db.session.findUniqueOrThrow({ where: { id } })).title).toEqual({
      en: "Third meeting, Vienna",
      fr: "Troisième réunion",
    });
  });

  it("publishes and unpublishes along the lifecycle only, each with its audit row", async () => {
    const published = await setSessionStatus(db, actor, id, 3, "PROVISIONAL");
    expect((await rejection(setSessionStatus(db, actor, id, published.version, "CLOSED"))).code).toBe("invalid-state");
    expect((await rejection(deleteDraftSession(db, actor, id, published.version))).code).toBe("invalid-state");
    const unpublished = await setSessionStatus(db, actor, id, published.version, "DRAFT");
    expect([published.version, unpublished.version]).toEqual([4, 5]);
    const audit = await db.auditEvent.findMany({
      where: { entityId: id, action: { startsWith: "status:" } },
      orderBy: { at: "asc" },
    });
    expect(audit.map((row) => [row.action, row.userId, row.sessionId, row.before, row.after])).toEqual([
      [
        "status:PROVISIONAL",
        actor.id,
        id,
        expect.objectContaining({ status: "DRAFT", version: 3 }),
        expect.objectContaining({ status: "PROVISIONAL", version: 4 }),
      ],
      [
        "status:DRAFT",
        actor.id,
        id,
        expect.objectContaining({ status: "PROVISIONAL", version: 4 }),
        expect.objectContaining({ status: "DRAFT", version: 5 }),
      ],
    ]);
  });

  it("leaves neither a status change nor its audit row when the audit write fails", async () => {
    const { version } = await db.session.findUniqueOrThrow({ where: { id }, select: { version: true } });
    await expect(setSessionStatus(failingAfterAudit(db), actor, id, version, "PROVISIONAL")).rejects.toThrow(
      "disk full",
    );
    expect(await db.session.findUniqueOrThrow({ where: { id }, select: { status: true, version: true } })).toEqual({
      status: "DRAFT",
      version,
    });
    expect(await db.auditEvent.count({ where: { entityId: id, action: { startsWith: "status:" } } })).toBe(2);
  });

  it("duplicates a session as a draft with items and slots moved to the new dates", async () => {
    const parent = await db.agendaItem.create({
      data: { sessionId: id, position: 1, title: { en: "Organizational matters" } },
    });
    const child = await db.agendaItem.create({
      data: { sessionId: id, parentId: parent.id, position: 1, title: { en: "Opening" }, status: "ADOPTED" },
    });
    await db.timeSlot.create({
      data: {
        sessionId: id,
        date: new Date("2031-03-03"),
        startMinutes: 600,
        endMinutes: 780,
        items: { create: [{ itemId: child.id, position: 1 }] },
      },
    });

    const source = await db.session.findUniqueOrThrow({
      where: { id },
      include: { items: true, slots: { include: { items: true } } },
    });
    const copy = await duplicateSession(db, actor, { sourceId: id, ordinal: 4, startDate: "2032-03-08" });
    const row = await db.session.findUniqueOrThrow({
      where: { id: copy.id },
      include: { items: true, slots: { include: { items: true } } },
    });
    expect(row.status).toBe("DRAFT");
    expect(row.title).toEqual({ en: "Fourth meeting, Vienna", fr: "Troisième réunion" });
    expect(row.endDate.toISOString().slice(0, 10)).toBe("2032-03-09");
    expect(row.items).toHaveLength(2);
    expect(row.items.every((item) => item.status === "PENDING")).toBe(true);
    const newChild = row.items.find((item) => item.parentId !== null);
    expect(row.slots[0]?.date.toISOString().slice(0, 10)).toBe("2032-03-09");
    expect(row.slots[0]?.items[0]?.itemId).toBe(newChild?.id);
    // The source is read, never written: same version, same agenda, same slots as just before.
    expect(
      await db.session.findUniqueOrThrow({
        where: { id },
        include: { items: true, slots: { include: { items: true } } },
      }),
    ).toEqual(source);
    expect(
      (await db.auditEvent.findMany({ where: { entityId: copy.id } })).map((row) => [row.action, row.sessionId]),
    ).toEqual([["duplicate", copy.id]]);
  });

  it("refuses a copy whose last day would fall after 2200, with a message at the first day, and writes nothing", async () => {
    const ofThisBody = { where: { body: { symbolPrefix: prefix } } };
    const before = await db.session.count(ofThisBody);
    const error = await rejection(duplicateSession(db, actor, { sourceId: id, ordinal: 5, startDate: "2200-12-31" }));
    expect([error.code, error.fields]).toEqual(["validation", { startDate: "dateOutOfRange" }]);
    expect(await db.session.count(ofThisBody)).toBe(before);
  });

  it("deletes a draft with everything in it", async () => {
    const current = await db.session.findUniqueOrThrow({ where: { id } });
    await deleteDraftSession(db, actor, id, current.version);
    expect(await db.session.count({ where: { id } })).toBe(0);
    expect(await db.agendaItem.count({ where: { sessionId: id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "delete" } })).toBe(1);
  });
});
