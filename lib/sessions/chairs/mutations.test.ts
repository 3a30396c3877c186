import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../auth/types";
import { disconnectDb, getDb } from "../../db";
import { AppError } from "../../errors";
import { createTestActor, removeTestUsers } from "../../testing/actors";
import { removeBodyWithEverything } from "../../testing/cleanup";
import { race, runsTransactionsAtOnce } from "../../testing/race";
import { listChairCandidates, listChairedSessions, listSessionChairs } from "./data";
import { assignChair, removeChair } from "./mutations";

const db = getDb();
const tag = randomUUID().slice(0, 8);
const atOnce = await runsTransactionsAtOnce();
let secretariat: Actor;
let chair: Actor;
let otherChair: Actor;
let delegate: Actor;
let bodyId: string;

async function newSession(ordinal: number, startDate: string, status: "DRAFT" | "PROVISIONAL" = "PROVISIONAL") {
  const session = await db.session.create({
    data: {
      bodyId,
      ordinal,
      slug: `chairs-${tag}-${ordinal}`,
      title: { en: `Chaired session ${ordinal}` },
      venue: { en: "Vienna" },
      timeZone: "Europe/Vienna",
      startDate: new Date(startDate),
      endDate: new Date(startDate),
      originalLanguage: "en",
      status,
    },
    select: { id: true, slug: true },
  });
  return session;
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const historyOf = (sessionId: string) =>
  db.auditEvent.findMany({
    where: { sessionId, action: { startsWith: "chair." } },
    orderBy: { at: "asc" },
    select: { action: true, entityType: true, entityId: true, userId: true, before: true, after: true },
  });

beforeAll(async () => {
  [secretariat, chair, otherChair, delegate] = await Promise.all([
    createTestActor(db, "SECRETARIAT"),
    createTestActor(db, "CHAIR"),
    createTestActor(db, "CHAIR"),
    createTestActor(db, "DELEGATE"),
  ]);
  bodyId = (await db.body.create({ data: { name: { en: `Chairs ${tag}` }, symbolPrefix: `TST/CH.${tag}` } })).id;
});

afterAll(async () => {
  await removeBodyWithEverything(db, bodyId);
  await removeTestUsers(db, [secretariat, chair, otherChair, delegate]);
  await disconnectDb();
});

describe("assigning and removing chairs", () => {
  it("assigns a chair, with the person named in the session's history", async () => {
    const session = await newSession(1, "2031-01-10");
    expect(await assignChair(db, secretariat, { sessionId: session.id, userId: chair.id })).toEqual({ assigned: true });
    expect(await listSessionChairs(db, session.id)).toEqual([{ id: chair.id, name: chair.name, email: chair.email }]);
    expect(await historyOf(session.id)).toEqual([
      {
        action: "chair.assign",
        entityType: "Session",
        entityId: session.id,
        userId: secretariat.id,
        before: null,
        after: { chair: `${chair.name} <${chair.email}>` },
      },
    ]);
  });

  it("treats assigning someone twice as done, without a second history entry", async () => {
    const session = await newSession(2, "2031-02-10");
    await assignChair(db, secretariat, { sessionId: session.id, userId: chair.id });
    expect(await assignChair(db, secretariat, { sessionId: session.id, userId: chair.id })).toEqual({
      assigned: false,
    });
    expect(await listSessionChairs(db, session.id)).toHaveLength(1);
    expect(await historyOf(session.id)).toHaveLength(1);
  });

  it("refuses an account that is not a chair, or a disabled one, with a message for the field", async () => {
    const session = await newSession(3, "2031-03-10");
    for (const userId of [delegate.id, secretariat.id, "c" + "x".repeat(24)]) {
      const error = await rejection(assignChair(db, secretariat, { sessionId: session.id, userId }));
      expect([error.code, error.fields]).toEqual(["validation", { userId: "notAChair" }]);
    }
    const disabled = await createTestActor(db, "CHAIR");
    try {
      await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
      const error = await rejection(assignChair(db, secretariat, { sessionId: session.id, userId: disabled.id }));
      expect(error.fields).toEqual({ userId: "notAChair" });
      expect((await listChairCandidates(db)).map((c) => c.id)).not.toContain(disabled.id);
    } finally {
      await removeTestUsers(db, [disabled]);
    }
    expect(await listSessionChairs(db, session.id)).toEqual([]);
    expect(await historyOf(session.id)).toEqual([]);
  });

  it("answers not-found for a session that does not exist", async () => {
    const error = await rejection(assignChair(db, secretariat, { sessionId: "c" + "y".repeat(24), userId: chair.id }));
    expect(error.code).toBe("not-found");
  });

  it("removes a chair once; removing again changes nothing", async () => {
    const session = await newSession(4, "2031-04-10");
    await assignChair(db, secretariat, { sessionId: session.id, userId: chair.id });
    await assignChair(db, secretariat, { sessionId: session.id, userId: otherChair.id });
    expect(await removeChair(db, secretariat, { sessionId: session.id, userId: chair.id })).toEqual({ removed: true });
    expect(await removeChair(db, secretariat, { sessionId: session.id, userId: chair.id })).toEqual({
      removed: false,
    });
    expect((await listSessionChairs(db, session.id)).map((c) => c.id)).toEqual([otherChair.id]);
    const history = await historyOf(session.id);
    expect(history.map((e) => e.action)).toEqual(["chair.assign", "chair.assign", "chair.remove"]);
    expect(history[2]?.before).toEqual({ chair: `${chair.name} <${chair.email}>` });
  });

  it("lists the sessions a user chairs, newest first, drafts included", async () => {
    const user = await createTestActor(db, "CHAIR");
    try {
      const older = await newSession(10, "2030-06-01");
      const newer = await newSession(11, "2032-06-01", "DRAFT");
      await newSession(12, "2033-06-01");
      for (const s of [older, newer]) await assignChair(db, secretariat, { sessionId: s.id, userId: user.id });
      const chaired = await listChairedSessions(db, user.id);
      expect(chaired.map((s) => [s.slug, s.status, s.startDate])).toEqual([
        [newer.slug, "DRAFT", "2032-06-01"],
        [older.slug, "PROVISIONAL", "2030-06-01"],
      ]);
      expect(chaired[0]?.title).toEqual({ en: "Chaired session 11" });
    } finally {
      await removeTestUsers(db, [user]);
    }
  });
});

describe.skipIf(!atOnce)("two secretaries at the same moment", () => {
  it("assigning the same chair at once leaves one assignment and one history entry", async () => {
    const session = await newSession(20, "2031-08-10");
    const racing = race(2);
    try {
      const results = await Promise.all(
        racing.clients.map((client) => assignChair(client, secretariat, { sessionId: session.id, userId: chair.id })),
      );
      expect(racing.allBegan()).toBe(true);
      expect(results.map((r) => r.assigned).sort()).toEqual([false, true]);
    } finally {
      await racing.close();
    }
    expect(await listSessionChairs(db, session.id)).toHaveLength(1);
    expect(await historyOf(session.id)).toHaveLength(1);
  });
});
