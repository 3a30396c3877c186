import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/types";
import { disconnectDb, getDb } from "../db";
import { createTestActor, removeTestUsers } from "../testing/actors";
import { HISTORY_PAGE_SIZE, listSessionHistory } from "./data";

const db = getDb();
const tag = randomUUID().slice(0, 8);
const prefix = `HIST/${tag}`;
let actor: Actor;
let bodyId = "";
let sessionId = "";
let firstId = "";
let subId = "";
let documentId = "";

const at = (minute: number) => new Date(Date.UTC(2032, 0, 1, 9, minute));

beforeAll(async () => {
  actor = await createTestActor(db, "SECRETARIAT");
  const body = await db.body.create({ data: { name: { en: `History body ${tag}` }, symbolPrefix: prefix } });
  bodyId = body.id;
  const session = await db.session.create({
    data: {
      bodyId,
      ordinal: 1,
      slug: `hist-${tag}`,
      title: { en: "Session" },
      venue: { en: "Vienna" },
      timeZone: "Europe/Vienna",
      originalLanguage: "en",
      startDate: new Date("2032-01-01"),
      endDate: new Date("2032-01-02"),
    },
  });
  sessionId = session.id;
  const first = await db.agendaItem.create({ data: { sessionId, position: 1, title: { en: "Opening" } } });
  const sub = await db.agendaItem.create({
    data: { sessionId, parentId: first.id, position: 2, title: { en: "Election" } },
  });
  firstId = first.id;
  subId = sub.id;
  const doc = await db.document.create({ data: { symbol: `${prefix}/2032/1`, bodyId, title: { en: "Agenda" } } });
  documentId = doc.id;
  const event = (
    minute: number,
    entityType: string,
    entityId: string,
    action: string,
    before: object | undefined,
    after: object | undefined,
  ) => ({
    at: at(minute),
    userId: actor.id,
    sessionId,
    entityType,
    entityId,
    action,
    before,
    after,
  });
  await db.auditEvent.createMany({
    data: [
      event(1, "Session", sessionId, "create", undefined, { title: { en: "Session" } }),
      event(2, "AgendaItem", firstId, "create", undefined, { title: { en: "Opening" } }),
      event(3, "AgendaItem", subId, "update", { title: { en: "Elections" } }, { title: { en: "Election" } }),
      event(
        4,
        "Document",
        documentId,
        "translate",
        { title: { en: "Agenda" } },
        { title: { en: "Agenda", fr: "Ordre du jour" } },
      ),
      event(5, "AgendaItem", "gone", "delete", { title: { en: "Removed item" }, position: 3 }, undefined),
      event(
        6,
        "AgendaItem",
        firstId,
        "translate",
        { title: { en: "Opening" } },
        { title: { en: "Opening", zh: "开幕" } },
      ),
    ],
  });
});

afterAll(async () => {
  await db.auditEvent.deleteMany({ where: { sessionId } });
  await db.session.deleteMany({ where: { bodyId } });
  await db.document.deleteMany({ where: { bodyId } });
  await db.body.delete({ where: { id: bodyId } });
  await removeTestUsers(db, [actor]);
  await disconnectDb();
});

describe("listSessionHistory", () => {
  it("lists the session's events newest first, readable", async () => {
    const history = await listSessionHistory(db, sessionId, { locale: "en" });
    expect(history.events.map((e) => e.action)).toEqual([
      "translate",
      "delete",
      "translate",
      "update",
      "create",
      "create",
    ]);
    expect(history.hasOlder).toBe(false);
    const [latest, deleted, translated, updated] = history.events;
    expect(latest).toMatchObject({
      userName: actor.name,
      entityType: "AgendaItem",
      subject: { reference: "1", text: { en: "Opening" }, exists: true },
    });
    expect(latest?.changes).toEqual([{ field: "title", key: "zh", before: null, after: "开幕" }]);
    expect(deleted?.subject).toEqual({ reference: null, text: { en: "Removed item" }, exists: false });
    expect(translated?.subject).toMatchObject({ reference: `${prefix}/2032/1`, exists: true });
    expect(updated?.subject.reference).toBe("1(a)");
    expect(history.items.map((item) => item.number)).toEqual(["1", "1(a)"]);
  });

  it("sends the user's name and nothing else about them", async () => {
    const history = await listSessionHistory(db, sessionId, { locale: "en" });
    expect(JSON.stringify(history)).not.toContain(actor.email);
    expect(Object.keys(history.events[0] ?? {})).not.toContain("user");
  });

  it("filters to the events of one agenda item only", async () => {
    const history = await listSessionHistory(db, sessionId, { locale: "en", itemId: firstId });
    expect(history.events.map((e) => [e.entityId, e.action])).toEqual([
      [firstId, "translate"],
      [firstId, "create"],
    ]);
    const sub = await listSessionHistory(db, sessionId, { locale: "fr", itemId: subId });
    expect(sub.events.map((e) => e.subject.reference)).toEqual(["1 a)"]);
  });

  it("pages by fifty, newest first", async () => {
    await db.auditEvent.createMany({
      data: Array.from({ length: HISTORY_PAGE_SIZE }, (_, i) => ({
        at: at(10 + i),
        userId: actor.id,
        sessionId,
        entityType: "Session",
        entityId: sessionId,
        action: "update",
      })),
    });
    const first = await listSessionHistory(db, sessionId, { locale: "en" });
    expect(first.events).toHaveLength(HISTORY_PAGE_SIZE);
    expect(first.hasOlder).toBe(true);
    expect(first.events[0]?.at).toBe(at(10 + HISTORY_PAGE_SIZE - 1).toISOString());
    const older = await listSessionHistory(db, sessionId, { locale: "en", page: 2 });
    expect(older.events.map((e) => e.action)).toEqual([
      "translate",
      "delete",
      "translate",
      "update",
      "create",
      "create",
    ]);
    expect(older.hasOlder).toBe(false);
  });
});
