import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/types";
import { disconnectDb, getDb } from "../db";
import { createTestActor, removeTestUsers } from "../testing/actors";
import { createSession, updateSession } from "./mutations";
import { sessionFieldsSchema } from "./schema";

const db = getDb();
const tag = randomUUID().slice(0, 6).toUpperCase();
let actor: Actor;
let bodyId: string;

const fields = (overrides: Record<string, unknown> = {}) =>
  sessionFieldsSchema.parse({
    ordinal: 2,
    title: "Second meeting",
    venue: "Vienna",
    timeZone: "Europe/Vienna",
    startDate: "2032-03-02",
    endDate: "2032-03-03",
    originalLanguage: "en",
    plenaryMeetings: 2,
    interpretationLanguages: ["en"],
    agendaSymbol: "",
    ...overrides,
  });

beforeAll(async () => {
  actor = await createTestActor(db, "SECRETARIAT");
  bodyId = (await db.body.create({ data: { name: { en: `Body ${tag}` }, symbolPrefix: `TST/DT.${tag}` } })).id;
});

afterAll(async () => {
  const sessions = await db.session.findMany({ where: { bodyId }, select: { id: true } });
  const ids = sessions.map((s) => s.id);
  await db.auditEvent.deleteMany({ where: { OR: [{ sessionId: { in: ids } }, { entityId: { in: ids } }] } });
  await db.session.deleteMany({ where: { bodyId } });
  await db.body.delete({ where: { id: bodyId } });
  await removeTestUsers(db, [actor]);
  await disconnectDb();
});

describe("the title of the agenda document on the Session tab", () => {
  it("is written in the original language, keeps the translations, is audited, and can be removed", async () => {
    const { id } = await createSession(db, actor, {
      body: { kind: "existing", bodyId },
      session: fields({ documentTitle: "Provisional agenda" }),
    });
    expect((await db.session.findUniqueOrThrow({ where: { id } })).documentTitle).toEqual({ en: "Provisional agenda" });

    await db.session.update({
      where: { id },
      data: { documentTitle: { en: "Provisional agenda", fr: "Ordre du jour" } },
    });
    await updateSession(db, actor, id, 1, fields({ documentTitle: "Provisional agenda and annotations" }));
    const row = await db.session.findUniqueOrThrow({ where: { id } });
    expect(row.documentTitle).toEqual({ en: "Provisional agenda and annotations", fr: "Ordre du jour" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "update" } });
    expect(audit.after).toMatchObject({ documentTitle: { en: "Provisional agenda and annotations" } });

    // A form that does not send the field leaves the title alone; an emptied field removes this language.
    await updateSession(db, actor, id, 2, fields({ title: "Second meeting, Vienna" }));
    expect((await db.session.findUniqueOrThrow({ where: { id } })).documentTitle).toMatchObject({
      en: "Provisional agenda and annotations",
    });
    await updateSession(db, actor, id, 3, fields({ documentTitle: "" }));
    expect((await db.session.findUniqueOrThrow({ where: { id } })).documentTitle).toEqual({ fr: "Ordre du jour" });
  });

  it("refuses a title too long or with control characters", () => {
    expect(sessionFieldsSchema.safeParse({ ...fields(), documentTitle: "x".repeat(301) }).success).toBe(false);
    expect(sessionFieldsSchema.safeParse({ ...fields(), documentTitle: "a\u202Eb" }).success).toBe(false);
  });
});
