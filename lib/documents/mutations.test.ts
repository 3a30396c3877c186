import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/types";
import { disconnectDb, getDb } from "../db";
import { AppError } from "../errors";
import { createTestActor, removeTestUsers } from "../testing/actors";
import { removeBodyWithEverything } from "../testing/cleanup";
import { createDocument, deleteDocument, updateDocument } from "./mutations";
import { attachDocument, detachDocument } from "./item-links/mutations";
import { documentFieldsSchema, type DocumentFieldsInput } from "./schema";

const db = getDb();
// Symbol segments must be letters to parse; a random word keeps this file's rows apart from any other's.
const word = Array.from({ length: 8 }, () => String.fromCharCode(65 + randomInt(26))).join("");
const prefix = `TDOC/${word}`;
const CANONICAL = "CTOC/COP/WG.4/2030/CRP.1";
let actor: Actor;
let bodyId = "";
let sessionId = "";
let otherSessionId = "";
const itemIds: string[] = [];

const fields = (overrides: Partial<DocumentFieldsInput> = {}) =>
  documentFieldsSchema.parse({
    symbol: `${prefix}/2030/1`,
    kind: "REPORT",
    issuedBy: "Secretariat",
    issuedOn: "2030-03-01",
    distribution: "GENERAL",
    title: "Report of the meeting",
    description: "",
    versions: { en: { url: "https://example.org/en" }, fr: { url: "" } },
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

const positions = async (itemId: string) =>
  await db.agendaItemDocument.findMany({
    where: { itemId },
    orderBy: { position: "asc" },
    select: { documentId: true, position: true },
  });

beforeAll(async () => {
  actor = await createTestActor(db, "SECRETARIAT");
  // A run that died half-way may have left the literal symbol of the canonicalisation test behind.
  await db.document.deleteMany({ where: { symbol: CANONICAL, body: { symbolPrefix: { startsWith: "TDOC/" } } } });
  const body = await db.body.create({ data: { name: { en: `Test body ${word}` }, symbolPrefix: prefix } });
  bodyId = body.id;
  const common = {
    bodyId,
    title: { en: "Test session" },
    venue: { en: "Vienna" },
    timeZone: "Europe/Vienna",
    originalLanguage: "en",
  };
  const session = await db.session.create({
    data: {
      ...common,
      ordinal: 1,
      slug: `docs-${word}-1`,
      startDate: new Date("2030-05-01"),
      endDate: new Date("2030-05-02"),
    },
  });
  const other = await db.session.create({
    data: {
      ...common,
      ordinal: 2,
      slug: `docs-${word}-2`,
      startDate: new Date("2031-05-01"),
      endDate: new Date("2031-05-02"),
    },
  });
  sessionId = session.id;
  otherSessionId = other.id;
  for (const position of [1, 2]) {
    const item = await db.agendaItem.create({ data: { sessionId, position, title: { en: `Item ${position}` } } });
    itemIds.push(item.id);
  }
});

afterAll(async () => {
  await removeBodyWithEverything(db, bodyId);
  await removeTestUsers(db, [actor]);
  await disconnectDb();
});

describe("document registry mutations", () => {
  it("stores the canonical symbol, the text in the session's language and the language versions", async () => {
    const { id, symbol } = await createDocument(db, actor, {
      sessionId,
      document: fields({ symbol: "ctoc/cop/wg.4/2030/ crp.1" }),
    });
    expect(symbol).toBe(CANONICAL);
    const row = await db.document.findUniqueOrThrow({
      where: { id },
      include: { versions: { orderBy: { locale: "asc" } } },
    });
    expect(row).toMatchObject({
      symbol: CANONICAL,
      bodyId,
      title: { en: "Report of the meeting" },
      issuedBy: { en: "Secretariat" },
      description: {},
      originalLanguage: "en",
    });
    expect(row.versions.map((v) => [v.locale, v.url])).toEqual([
      ["en", "https://example.org/en"],
      ["fr", null],
    ]);
  });

  it("refuses a symbol already registered, however it is typed", async () => {
    for (const typed of [
      CANONICAL,
      "ctoc/cop/wg.4/2030/crp.1",
      " CTOC / COP / WG.4 / 2030 / CRP.1 ",
      "ＣＴＯＣ/COP/WG.4/2030/CRP.1",
    ]) {
      const error = await rejection(createDocument(db, actor, { sessionId, document: fields({ symbol: typed }) }));
      expect(error.code).toBe("validation");
      expect(error.fields).toEqual({ "document.symbol": "duplicateSymbol" });
      expect(error.details).toEqual({ duplicate: { symbol: CANONICAL, registeredIn: prefix } });
    }
    expect(await db.document.count({ where: { symbol: CANONICAL } })).toBe(1);
  });

  it("refuses the second of two simultaneous registrations of one symbol", async () => {
    const symbol = `${prefix}/2030/CRP.9`;
    const results = await Promise.allSettled(
      [0, 1].map(() => createDocument(db, actor, { sessionId, document: fields({ symbol }) })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.reason).toMatchObject({ code: "validation", fields: { "document.symbol": "duplicateSymbol" } });
  });

  it("refuses an invalid symbol with the parser's error code, in the schema and in the mutation", async () => {
    const parsed = documentFieldsSchema.safeParse({ ...fields(), symbol: "CTOC/COP/WG.4/2030" + "/Rev.x" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["symbol"], message: "bad-modifier" });
    const error = await rejection(
      createDocument(db, actor, { sessionId, document: { ...fields(), symbol: "CTOC/COP/WG.4/" } }),
    );
    expect(error.fields).toEqual({ "document.symbol": "empty-segment" });
    expect(error.details?.symbolError).toMatchObject({ code: "empty-segment" });
  });

  it("validates the links of the language versions", () => {
    const parsed = documentFieldsSchema.safeParse({ ...fields(), versions: { zh: { url: "http://example.org/zh" } } });
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["versions", "zh", "url"], message: "invalidUrl" });
  });

  it("attaches to several items at the end of their lists and keeps positions contiguous on detach", async () => {
    const [first, second] = itemIds as [string, string];
    const a = await createDocument(db, actor, { sessionId, document: fields({ symbol: `${prefix}/2030/2` }) });
    const b = await createDocument(db, actor, { sessionId, document: fields({ symbol: `${prefix}/2030/3` }) });
    const c = await createDocument(db, actor, { sessionId, document: fields({ symbol: `${prefix}/2030/4` }) });
    expect(await attachDocument(db, actor, { documentId: a.id, itemIds: [first, second] })).toEqual({ attached: 2 });
    await attachDocument(db, actor, { documentId: b.id, itemIds: [first] });
    await attachDocument(db, actor, { documentId: c.id, itemIds: [first, first] });
    // Attaching again changes nothing.
    expect(await attachDocument(db, actor, { documentId: a.id, itemIds: [first] })).toEqual({ attached: 0 });
    expect(await positions(first)).toEqual([
      { documentId: a.id, position: 1 },
      { documentId: b.id, position: 2 },
      { documentId: c.id, position: 3 },
    ]);

    await detachDocument(db, actor, { documentId: a.id, itemId: first });
    expect(await positions(first)).toEqual([
      { documentId: b.id, position: 1 },
      { documentId: c.id, position: 2 },
    ]);
    expect(await positions(second)).toEqual([{ documentId: a.id, position: 1 }]);
    expect((await rejection(detachDocument(db, actor, { documentId: a.id, itemId: first }))).code).toBe("not-found");

    const audit = await db.auditEvent.findMany({
      where: { entityId: a.id, action: { in: ["attach", "detach"] } },
      orderBy: { at: "asc" },
    });
    expect(audit.map((e) => e.action)).toEqual(["attach", "attach", "detach"]);
    expect(audit[2]).toMatchObject({ sessionId, before: { itemId: first, position: 1 }, after: null });
  });

  it("attaches only to agenda items of the document's own body", async () => {
    const foreign = await db.body.create({ data: { name: { en: "Other" }, symbolPrefix: `${prefix}/OTHER` } });
    const session = await db.session.create({
      data: {
        bodyId: foreign.id,
        ordinal: 1,
        slug: `docs-${word}-foreign`,
        title: {},
        venue: {},
        timeZone: "UTC",
        startDate: new Date("2030-01-01"),
        endDate: new Date("2030-01-01"),
        originalLanguage: "en",
      },
    });
    const item = await db.agendaItem.create({ data: { sessionId: session.id, position: 1, title: { en: "Foreign" } } });
    const doc = await createDocument(db, actor, { sessionId, document: fields({ symbol: `${prefix}/2030/5` }) });
    expect((await rejection(attachDocument(db, actor, { documentId: doc.id, itemIds: [item.id] }))).code).toBe(
      "invalid-state",
    );
    await db.session.delete({ where: { id: session.id } });
    await db.body.delete({ where: { id: foreign.id } });
  });

  // Saves that truly overlap, and stale saves of other fields, are in save-conflicts.test.ts.
  it("refuses an edit made on an old version of fields changed since, with the current values", async () => {
    const { id } = await createDocument(db, actor, { sessionId, document: fields({ symbol: `${prefix}/2030/6` }) });
    const base = fields({ symbol: `${prefix}/2030/6` });
    const saved = await updateDocument(db, actor, {
      sessionId,
      id,
      version: 1,
      base,
      document: {
        ...base,
        title: "Mine",
        distribution: "RESTRICTED",
        versions: { zh: { url: "https://example.org/zh" } },
      },
    });
    expect(saved.version).toBe(2);
    const error = await rejection(
      updateDocument(db, actor, { sessionId, id, version: 1, base, document: { ...base, title: "Theirs" } }),
    );
    expect(error.code).toBe("conflict");
    expect(error.details).toMatchObject({
      current: {
        version: 2,
        title: "Mine",
        distribution: "RESTRICTED",
        versions: { zh: { url: "https://example.org/zh" } },
      },
      conflicts: [{ field: "title", current: "Mine", yours: "Theirs" }],
    });

    const renamed = await rejection(
      updateDocument(db, actor, { sessionId, id, version: 2, document: fields({ symbol: CANONICAL.toLowerCase() }) }),
    );
    expect(renamed.fields).toEqual({ "document.symbol": "duplicateSymbol" });

    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "update" } });
    expect(audit).toMatchObject({
      userId: actor.id,
      sessionId,
      before: { version: 1, title: { en: "Report of the meeting" } },
      after: { version: 2, title: { en: "Mine" } },
    });
  });

  it("deletes a document, detaches it everywhere and closes the gaps it leaves", async () => {
    const [first] = itemIds as [string, string];
    const otherItem = await db.agendaItem.create({
      data: { sessionId: otherSessionId, position: 1, title: { en: "Next year" } },
    });
    const doomed = await createDocument(db, actor, { sessionId, document: fields({ symbol: `${prefix}/2030/7` }) });
    const kept = await createDocument(db, actor, { sessionId, document: fields({ symbol: `${prefix}/2030/8` }) });
    await attachDocument(db, actor, { documentId: doomed.id, itemIds: [otherItem.id] });
    await attachDocument(db, actor, { documentId: kept.id, itemIds: [otherItem.id] });
    await attachDocument(db, actor, { documentId: doomed.id, itemIds: [first] });
    const before = (await positions(first)).length;

    expect((await rejection(deleteDocument(db, actor, { sessionId, id: doomed.id, version: 9 }))).code).toBe(
      "conflict",
    );
    expect(await deleteDocument(db, actor, { sessionId, id: doomed.id, version: 1 })).toEqual({ detachedFrom: 2 });
    expect(await db.document.findUnique({ where: { id: doomed.id } })).toBeNull();
    expect(await db.documentVersion.count({ where: { documentId: doomed.id } })).toBe(0);
    expect(await positions(otherItem.id)).toEqual([{ documentId: kept.id, position: 1 }]);
    expect((await positions(first)).map((p) => p.position)).toEqual(
      Array.from({ length: before - 1 }, (_, i) => i + 1),
    );

    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: doomed.id, action: "delete" } });
    expect(audit.after).toBeNull();
    expect(audit.before).toMatchObject({
      symbol: `${prefix}/2030/7`,
      attachments: expect.arrayContaining([{ itemId: first, position: before }]),
    });
    const created = await db.auditEvent.findFirstOrThrow({ where: { entityId: doomed.id, action: "create" } });
    expect(created).toMatchObject({ before: null, after: { symbol: `${prefix}/2030/7`, version: 1 } });
  });
});
