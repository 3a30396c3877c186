import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/types";
import { disconnectDb, getDb } from "../db";
import { createTestActor, removeTestUsers } from "../testing/actors";
import { removeBodyWithEverything } from "../testing/cleanup";
import { failingAfterAudit } from "../testing/failing-audit";
import { race, runsTransactionsAtOnce } from "../testing/race";
import { createDocument, deleteDocument, updateDocument } from "./mutations";
import { attachDocument, detachDocument } from "./item-links/mutations";
import { documentFieldsSchema, type DocumentFieldsInput } from "./schema";

const db = getDb();
// Saves at the same moment need a database that runs transactions at once (see runsTransactionsAtOnce).
const atOnce = await runsTransactionsAtOnce();
// Symbol segments must be letters to parse; a random word keeps this file's rows apart from any other's.
const word = Array.from({ length: 8 }, () => String.fromCharCode(65 + randomInt(26))).join("");
const prefix = `TDOCRACE/${word}`;
let actor: Actor;
let bodyId = "";
let sessionId = "";
let itemId = "";
let serial = 0;

const fields = (overrides: Partial<DocumentFieldsInput> = {}) =>
  documentFieldsSchema.parse({
    symbol: `${prefix}/2030/1`,
    kind: "REPORT",
    issuedBy: "Secretariat",
    issuedOn: "2030-03-01",
    distribution: "GENERAL",
    title: "Report of the meeting",
    description: "",
    versions: { en: { url: "https://example.org/en" } },
    ...overrides,
  });

/** A registered document as its form loads it. */
async function newDocument() {
  serial++;
  const base = fields({ symbol: `${prefix}/2030/${serial}` });
  const { id } = await createDocument(db, actor, { sessionId, document: base });
  return { id, base };
}

const stored = (id: string) =>
  db.document.findUniqueOrThrow({
    where: { id },
    select: { title: true, distribution: true, version: true, versions: { select: { locale: true, url: true } } },
  });
const updates = (id: string) => db.auditEvent.count({ where: { entityId: id, action: "update" } });

beforeAll(async () => {
  actor = await createTestActor(db, "SECRETARIAT");
  bodyId = (await db.body.create({ data: { name: { en: `Race body ${word}` }, symbolPrefix: prefix } })).id;
  const session = await db.session.create({
    data: {
      bodyId,
      ordinal: 1,
      slug: `docs-race-${word}`,
      title: { en: "S" },
      venue: { en: "V" },
      timeZone: "UTC",
      originalLanguage: "en",
      startDate: new Date("2030-05-01"),
      endDate: new Date("2030-05-02"),
    },
  });
  sessionId = session.id;
  itemId = (await db.agendaItem.create({ data: { sessionId, position: 1, title: { en: "Item" } } })).id;
});

afterAll(async () => {
  await removeBodyWithEverything(db, bodyId);
  await removeTestUsers(db, [actor]);
  await disconnectDb();
});

describe("saving the document form over someone else's change", () => {
  it("writes only the fields the later save changed, keeping the other person's", async () => {
    const { id, base } = await newDocument();
    await updateDocument(db, actor, {
      sessionId,
      id,
      version: 1,
      base,
      document: { ...base, distribution: "RESTRICTED" },
    });
    const saved = await updateDocument(db, actor, {
      sessionId,
      id,
      version: 1,
      base,
      document: { ...base, title: "Title by B", versions: { en: { url: "https://example.org/b" } } },
    });
    expect(saved.version).toBe(3);
    expect(await stored(id)).toMatchObject({
      title: { en: "Title by B" },
      distribution: "RESTRICTED",
      versions: [{ locale: "en", url: "https://example.org/b" }],
    });
  });
});

describe.skipIf(!atOnce)("two saves of one document at the same moment", () => {
  it("let exactly one of two saves of the title win; the other is told of the conflict and writes nothing", async () => {
    const { id, base } = await newDocument();
    const titles = ["Title by A", "Title by B"];
    const racing = race(2);
    try {
      const results = await Promise.allSettled(
        racing.clients.map((client, i) =>
          updateDocument(client, actor, {
            sessionId,
            id,
            version: 1,
            base,
            document: { ...base, title: titles[i] ?? "" },
          }),
        ),
      );
      // Both read version 1 before either wrote: only the write's guard could tell them apart.
      expect(racing.allBegan() && racing.metAtWrite()).toBe(true);
      const won = results.flatMap((r, i) => (r.status === "fulfilled" ? [titles[i]] : []));
      expect(won).toHaveLength(1);
      expect(results.find((r) => r.status === "rejected")?.reason).toMatchObject({
        code: "conflict",
        details: { conflicts: [{ field: "title", current: won[0] }] },
      });
      expect(await stored(id)).toMatchObject({ title: { en: won[0] }, version: 2 });
      expect(await updates(id)).toBe(1);
    } finally {
      await racing.close();
    }
  });

  it("keep both of two simultaneous saves of different fields", async () => {
    const { id, base } = await newDocument();
    const edits = [
      { ...base, title: "Title by A" },
      { ...base, distribution: "LIMITED" as const },
    ];
    const racing = race(2);
    try {
      const results = await Promise.allSettled(
        racing.clients.map((client, i) =>
          updateDocument(client, actor, { sessionId, id, version: 1, base, document: edits[i] ?? base }),
        ),
      );
      expect(racing.metAtWrite()).toBe(true);
      expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
      expect(await stored(id)).toMatchObject({ title: { en: "Title by A" }, distribution: "LIMITED", version: 3 });
    } finally {
      await racing.close();
    }
  });
});

describe("a document change and its audit row", () => {
  it("are written together or not at all", async () => {
    const { id, base } = await newDocument();
    await attachDocument(db, actor, { documentId: id, itemIds: [itemId] });
    const failing = failingAfterAudit(db);
    const before = await db.document.findUniqueOrThrow({ where: { id }, include: { versions: true, items: true } });
    const audit = await db.auditEvent.count({ where: { entityId: id } });

    await expect(
      updateDocument(failing, actor, {
        sessionId,
        id,
        version: 1,
        base,
        document: { ...base, title: "Never saved", versions: {} },
      }),
    ).rejects.toThrow("disk full");
    await expect(detachDocument(failing, actor, { documentId: id, itemId })).rejects.toThrow("disk full");
    await expect(deleteDocument(failing, actor, { sessionId, id, version: 1 })).rejects.toThrow("disk full");
    expect(await db.document.findUniqueOrThrow({ where: { id }, include: { versions: true, items: true } })).toEqual(
      before,
    );

    const other = await newDocument();
    await expect(attachDocument(failing, actor, { documentId: other.id, itemIds: [itemId] })).rejects.toThrow(
      "disk full",
    );
    expect(await db.agendaItemDocument.count({ where: { documentId: other.id } })).toBe(0);
    await expect(
      createDocument(failing, actor, { sessionId, document: fields({ symbol: `${prefix}/2030/999` }) }),
    ).rejects.toThrow("disk full");
    expect(await db.document.count({ where: { symbol: `${prefix}/2030/999` } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: id } })).toBe(audit);
  });
});
