import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/types";
import { disconnectDb, getDb } from "../db";
import type { AppError } from "../errors";
import { createTestActor, removeTestUsers } from "../testing/actors";
import { setTranslation } from "./mutations";

const db = getDb();
const tag = randomUUID().slice(0, 8);
const prefix = `TRANSL/${tag}`;
let actor: Actor;
let bodyId = "";
let sessionId = "";
let itemId = "";
let documentId = "";

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  return promise.then(
    () => expect.fail("expected a refusal"),
    (error: AppError) => error,
  );
}

const itemRow = () =>
  db.agendaItem.findUniqueOrThrow({
    where: { id: itemId },
    select: { title: true, annotation: true, translationStates: true, version: true },
  });

beforeAll(async () => {
  actor = await createTestActor(db, "SECRETARIAT");
  const body = await db.body.create({ data: { name: { en: `Translation body ${tag}` }, symbolPrefix: prefix } });
  bodyId = body.id;
  const session = await db.session.create({
    data: {
      bodyId,
      ordinal: 1,
      slug: `transl-${tag}`,
      title: { en: "Session" },
      venue: { en: "Vienna" },
      timeZone: "Europe/Vienna",
      originalLanguage: "en",
      startDate: new Date("2032-01-01"),
      endDate: new Date("2032-01-02"),
    },
  });
  sessionId = session.id;
  const doc = await db.document.create({
    data: { symbol: `${prefix}/2032/1`, bodyId, title: { en: "Provisional agenda" } },
  });
  documentId = doc.id;
  const item = await db.agendaItem.create({
    data: {
      sessionId,
      position: 1,
      title: { en: "Opening of the meeting" },
      annotation: { en: "The meeting opens." },
      documents: { create: [{ documentId, position: 1 }] },
    },
  });
  itemId = item.id;
});

afterAll(async () => {
  await db.auditEvent.deleteMany({
    where: { OR: [{ sessionId }, { entityId: { in: [bodyId, documentId, itemId] } }] },
  });
  await db.session.deleteMany({ where: { bodyId } });
  await db.document.deleteMany({ where: { bodyId } });
  await db.body.delete({ where: { id: bodyId } });
  await removeTestUsers(db, [actor]);
  await disconnectDb();
});

describe("setTranslation", () => {
  it("sets the Chinese title and leaves English and the other fields untouched", async () => {
    const { version } = await itemRow();
    const result = await setTranslation(db, actor, {
      entity: "item",
      id: itemId,
      version,
      field: "title",
      locale: "zh",
      text: " 会议开幕 ",
      state: "DRAFT",
      sessionId,
    });
    expect(result).toEqual({ version: version + 1, state: "DRAFT" });
    const row = await itemRow();
    expect(row.title).toEqual({ en: "Opening of the meeting", zh: "会议开幕" });
    expect(row.annotation).toEqual({ en: "The meeting opens." });
    expect(row.translationStates).toEqual({ "title.zh": "DRAFT" });
  });

  it("records who changed what, before and after, in the session's history", async () => {
    const { version } = await itemRow();
    await setTranslation(db, actor, {
      entity: "item",
      id: itemId,
      version,
      field: "title",
      locale: "zh",
      text: "会议开幕",
      state: "FINAL",
      sessionId,
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: itemId },
      orderBy: [{ at: "desc" }, { id: "desc" }],
    });
    expect(event).toMatchObject({ userId: actor.id, sessionId, entityType: "AgendaItem", action: "translate" });
    expect(event.before).toEqual({
      title: { en: "Opening of the meeting", zh: "会议开幕" },
      translationStates: { "title.zh": "DRAFT" },
    });
    expect(event.after).toEqual({
      title: { en: "Opening of the meeting", zh: "会议开幕" },
      translationStates: { "title.zh": "FINAL" },
    });
  });

  it("refuses FINAL without text, and writes nothing", async () => {
    const before = await itemRow();
    const error = await refusal(
      setTranslation(db, actor, {
        entity: "item",
        id: itemId,
        version: before.version,
        field: "annotation",
        locale: "fr",
        text: "  ",
        state: "FINAL",
        sessionId,
      }),
    );
    expect(error.code).toBe("validation");
    expect(error.fields).toEqual({ text: "finalNeedsText" });
    expect(await itemRow()).toEqual(before);
  });

  it("refuses a field that is not translatable", async () => {
    const { version } = await itemRow();
    for (const field of ["status", "translationStates", "nonsense"]) {
      const error = await refusal(
        setTranslation(db, actor, {
          entity: "item",
          id: itemId,
          version,
          field,
          locale: "fr",
          text: "x",
          state: "DRAFT",
          sessionId,
        }),
      );
      expect(error.fields).toEqual({ field: "unknownField" });
    }
  });

  it("refuses a stale version with the current text of that field", async () => {
    const { version } = await itemRow();
    await setTranslation(db, actor, {
      entity: "item",
      id: itemId,
      version,
      field: "annotation",
      locale: "fr",
      text: "La séance s’ouvre.",
      state: "DRAFT",
      sessionId,
    });
    const error = await refusal(
      setTranslation(db, actor, {
        entity: "item",
        id: itemId,
        version,
        field: "annotation",
        locale: "fr",
        text: "Autre texte",
        state: "DRAFT",
        sessionId,
      }),
    );
    expect(error.code).toBe("conflict");
    expect(error.details).toEqual({ current: { version: version + 1, text: "La séance s’ouvre.", state: "DRAFT" } });
  });

  it("removes the language and its state when the text is emptied", async () => {
    const { version } = await itemRow();
    const result = await setTranslation(db, actor, {
      entity: "item",
      id: itemId,
      version,
      field: "annotation",
      locale: "fr",
      text: "",
      state: "DRAFT",
      sessionId,
    });
    expect(result.state).toBe("MISSING");
    const row = await itemRow();
    expect(row.annotation).toEqual({ en: "The meeting opens." });
    expect(row.translationStates).toEqual({ "title.zh": "FINAL" });
  });

  it("refuses to overwrite the original language from here", async () => {
    const { version } = await itemRow();
    const error = await refusal(
      setTranslation(db, actor, {
        entity: "item",
        id: itemId,
        version,
        field: "title",
        locale: "en",
        text: "Opening",
        state: "DRAFT",
        sessionId,
      }),
    );
    expect(error.fields).toEqual({ locale: "originalText" });
  });

  it("records body and document changes in the history of the session they were made from", async () => {
    const doc = await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { version: true } });
    await setTranslation(db, actor, {
      entity: "document",
      id: documentId,
      version: doc.version,
      field: "title",
      locale: "es",
      text: "Programa provisional",
      state: "FINAL",
      sessionId,
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: documentId } });
    expect(event).toMatchObject({ sessionId, entityType: "Document" });
    expect(await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { title: true } })).toEqual({
      title: { en: "Provisional agenda", es: "Programa provisional" },
    });

    const body = await db.body.findUniqueOrThrow({ where: { id: bodyId }, select: { version: true } });
    const other = await db.session.create({
      data: {
        bodyId,
        ordinal: 2,
        slug: `transl-other-${tag}`,
        title: { en: "Other" },
        venue: { en: "Vienna" },
        timeZone: "Europe/Vienna",
        originalLanguage: "en",
        startDate: new Date("2033-01-01"),
        endDate: new Date("2033-01-02"),
      },
    });
    // A document not linked to that session is not that session's to change.
    const error = await refusal(
      setTranslation(db, actor, {
        entity: "document",
        id: documentId,
        version: doc.version + 1,
        field: "title",
        locale: "es",
        text: "x",
        state: "DRAFT",
        sessionId: other.id,
      }),
    );
    expect(error.code).toBe("not-found");
    await setTranslation(db, actor, {
      entity: "body",
      id: bodyId,
      version: body.version,
      field: "name",
      locale: "ru",
      text: "Рабочая группа",
      state: "DRAFT",
      sessionId: other.id,
    });
    expect(await db.auditEvent.count({ where: { sessionId: other.id, entityType: "Body" } })).toBe(1);
  });
});
