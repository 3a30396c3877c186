import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, getDb } from "../db";
import { removeBodyWithEverything } from "../testing/cleanup";
import { getDocumentRegistry } from "./data";

const db = getDb();
const tag = randomUUID().slice(0, 6).toUpperCase();
const prefix = `TST/RG${tag}`;
let bodyId = "";
let sessionId = "";

// 120 documents: …/2018/1 to …/2018/100 (some with an addendum), then conference room papers, inserted shuffled.
const symbols = [
  ...Array.from({ length: 100 }, (_, n) => `${prefix}/2018/${n + 1}`),
  `${prefix}/2018/2/Add.1`,
  `${prefix}/2018/2/Add.10`,
  `${prefix}/2018/2/Add.2`,
  ...Array.from({ length: 17 }, (_, n) => `${prefix}/2018/CRP.${n + 1}`),
];

beforeAll(async () => {
  bodyId = (await db.body.create({ data: { name: { en: "Registry pages" }, symbolPrefix: prefix } })).id;
  const session = await db.session.create({
    data: {
      bodyId,
      ordinal: 1,
      slug: `registry-pages-${tag.toLowerCase()}`,
      title: { en: "Registry pages" },
      venue: { en: "Vienna" },
      timeZone: "Europe/Vienna",
      startDate: new Date("2018-07-02"),
      endDate: new Date("2018-07-06"),
      originalLanguage: "en",
    },
  });
  sessionId = session.id;
  const shuffled = [...symbols].sort(
    (a, b) =>
      ((a.length * 7919 + a.charCodeAt(a.length - 1)) % 13) - ((b.length * 7919 + b.charCodeAt(b.length - 1)) % 13),
  );
  await db.document.createMany({ data: shuffled.map((symbol) => ({ symbol, bodyId, title: { en: symbol } })) });
  const doc = await db.document.findUniqueOrThrow({ where: { symbol: `${prefix}/2018/10` } });
  await db.agendaItem.create({
    data: {
      sessionId,
      position: 1,
      title: { en: "Item" },
      annotation: { en: "See E/CN.7/1999/999." },
      documents: { create: [{ documentId: doc.id, position: 1 }] },
    },
  });
});

afterAll(async () => {
  await removeBodyWithEverything(db, bodyId);
  await disconnectDb();
});

const numbered = (n: number) => `${prefix}/2018/${n}`;

describe("the document registry, a page at a time", () => {
  it("shows 50 documents a page in documentation-list order: …/2 and its addenda before …/10", async () => {
    const registry = (await getDocumentRegistry(db, sessionId, 1))!;
    expect(registry.page).toEqual({ number: 1, size: 50, total: 120, pages: 3 });
    expect(registry.documents.map((d) => d.symbol).slice(0, 7)).toEqual([
      numbered(1),
      numbered(2),
      `${prefix}/2018/2/Add.1`,
      `${prefix}/2018/2/Add.2`,
      `${prefix}/2018/2/Add.10`,
      numbered(3),
      numbered(4),
    ]);
    const tenth = registry.documents.find((d) => d.symbol === numbered(10))!;
    expect(tenth.attachments).toHaveLength(1);
    expect(registry.items[0]!.documentCount).toBe(1);
    expect(registry.mentioned).toEqual([{ symbol: "E/CN.7/1999/999", itemIds: [registry.items[0]!.id] }]);
  });

  it("goes on where the previous page stopped, and ends with the conference room papers", async () => {
    const pages = await Promise.all([1, 2, 3].map((n) => getDocumentRegistry(db, sessionId, n)));
    const listed = pages.flatMap((page) => page!.documents.map((d) => d.symbol));
    expect(listed).toHaveLength(120);
    expect(new Set(listed).size).toBe(120);
    expect(pages[2]!.documents).toHaveLength(20);
    expect(listed.slice(-17)).toEqual(Array.from({ length: 17 }, (_, n) => `${prefix}/2018/CRP.${n + 1}`));
  });

  it("shows the last page for a page past the end", async () => {
    expect((await getDocumentRegistry(db, sessionId, 9))!.page.number).toBe(3);
  });

  it("keeps the order when a symbol changes", async () => {
    await db.document.update({ where: { symbol: numbered(100) }, data: { symbol: numbered(0) } });
    const first = (await getDocumentRegistry(db, sessionId, 1))!;
    expect(first.documents[0]!.symbol).toBe(numbered(0));
  });
});
