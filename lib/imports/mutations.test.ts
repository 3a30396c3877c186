import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/types";
import { disconnectDb, getDb } from "../db";
import { AppError } from "../errors";
import { importAgendaText } from "../agenda-parser/import-agenda";
import { createTestActor, removeTestUsers } from "../testing/actors";
import { draftFromImport } from "./draft";
import { createSessionFromImport } from "./mutations";
import { importDraftSchema } from "./schema";

const db = getDb();
// The seed text under a symbol prefix of its own, so this test never meets the reference session's rows.
const prefix = `TST/WG.${10000 + Math.floor(Math.random() * 89999)}`;
const text = readFileSync(
  path.resolve(import.meta.dirname, "../../prisma/seed-data/ctoc-cop-wg4-2018-1.zh.txt"),
  "utf8",
).replaceAll("CTOC/COP/WG.4", prefix);
let actor: Actor;

beforeAll(async () => {
  actor = await createTestActor(db, "SECRETARIAT");
});

afterAll(async () => {
  const body = await db.body.findUnique({ where: { symbolPrefix: prefix }, select: { id: true } });
  if (body) {
    const sessions = await db.session.findMany({ where: { bodyId: body.id }, select: { id: true } });
    await db.auditEvent.deleteMany({
      where: { OR: [{ sessionId: { in: sessions.map((s) => s.id) } }, { entityId: body.id }] },
    });
    await db.session.deleteMany({ where: { bodyId: body.id } });
    await db.document.deleteMany({ where: { bodyId: body.id } });
    await db.body.delete({ where: { id: body.id } });
  }
  await removeTestUsers(db, [actor]);
  await disconnectDb();
});

describe("createSessionFromImport", () => {
  it("writes the reviewed seed text as a draft identical in structure to the reference session", async () => {
    const draft = importDraftSchema.parse(draftFromImport(importAgendaText(text), []));
    const created = await createSessionFromImport(db, actor, draft);
    expect(created).toMatchObject({ documentsCreated: 2, documentsReused: 0 });
    const session = await db.session.findUniqueOrThrow({
      where: { id: created.id },
      include: {
        items: { include: { documents: { include: { document: true } } } },
        slots: { include: { items: true }, orderBy: [{ date: "asc" }, { startMinutes: "asc" }] },
      },
    });
    expect(session.status).toBe("DRAFT");
    expect(session.title).toEqual({ zh: "贩运人口问题工作组第八次会议" });
    expect(session.items).toHaveLength(7);
    const item3 = session.items.find((i) => i.parentId === null && i.position === 3);
    expect(item3?.documents.map((d) => d.document.symbol)).toEqual([`${prefix}/2018/CRP.1`]);
    expect((item3?.annotation as { zh: string }).zh.split("\n\n")).toHaveLength(3);
    expect(session.slots.map((s) => s.items.length)).toEqual([3, 2, 1, 2]);
    expect(await db.auditEvent.count({ where: { sessionId: created.id, action: "import" } })).toBe(1);
  });

  it("does not register the documents twice when the same text is imported again", async () => {
    const body = await db.body.findUniqueOrThrow({ where: { symbolPrefix: prefix } });
    const draft = importDraftSchema.parse({
      ...draftFromImport(importAgendaText(text), [body]),
      session: { ...draftFromImport(importAgendaText(text), [body]).session, ordinal: 9 },
    });
    expect(await createSessionFromImport(db, actor, draft)).toMatchObject({ documentsCreated: 0, documentsReused: 2 });
    expect(await db.document.count({ where: { bodyId: body.id } })).toBe(2);
  });

  it("writes nothing at all when any part fails", async () => {
    const body = await db.body.findUniqueOrThrow({ where: { symbolPrefix: prefix } });
    const base = draftFromImport(importAgendaText(text.replaceAll(`${prefix}/2018/2`, `${prefix}/2018/7`)), [body]);
    const draft = importDraftSchema.parse({
      ...base,
      session: { ...base.session, ordinal: 10 },
      slots: [{ date: "2018-07-02", startMinutes: 900, endMinutes: 600, itemKeys: ["1(a)"] }],
    });
    const before = {
      sessions: await db.session.count({ where: { bodyId: body.id } }),
      documents: await db.document.count({ where: { bodyId: body.id } }),
    };
    const error = await createSessionFromImport(db, actor, draft).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect({
      sessions: await db.session.count({ where: { bodyId: body.id } }),
      documents: await db.document.count({ where: { bodyId: body.id } }),
    }).toEqual(before);
  });
});

describe("documents of another body", () => {
  it("are not listed under the new session's items, and the import says which they were", async () => {
    const other = await db.body.create({ data: { name: { en: "Other body" }, symbolPrefix: `${prefix}X` } });
    const foreign = `${prefix}X/2018/2`;
    try {
      await db.document.create({ data: { symbol: foreign, bodyId: other.id, title: { en: "Another body's paper" } } });
      const body = await db.body.findUniqueOrThrow({ where: { symbolPrefix: prefix } });
      const base = draftFromImport(importAgendaText(text.replaceAll(`${prefix}/2018/2`, foreign)), [body]);
      const draft = importDraftSchema.parse({
        ...base,
        body: { kind: "existing", bodyId: body.id },
        session: { ...base.session, ordinal: 11 },
      });
      const created = await createSessionFromImport(db, actor, draft);
      expect(created.documentsOfOtherBodies).toEqual([foreign]);
      const item2 = await db.agendaItem.findFirstOrThrow({
        where: { sessionId: created.id, parentId: null, position: 2 },
        include: { documents: true },
      });
      expect(item2.documents).toEqual([]);
    } finally {
      await db.document.deleteMany({ where: { bodyId: other.id } });
      await db.body.delete({ where: { id: other.id } });
    }
  });
});
