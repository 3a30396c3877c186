import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, getDb } from "../db";
import { getPublicSession, listPublicSessions } from "./data";

const db = getDb();
const tag = randomUUID().slice(0, 8);
const prefix = `TEST/${tag}`;
let bodyId = "";

beforeAll(async () => {
  const body = await db.body.create({ data: { name: { en: `Test body ${tag}` }, symbolPrefix: prefix } });
  bodyId = body.id;
  const common = {
    bodyId,
    title: { en: "Test session" },
    venue: { en: "Geneva" },
    timeZone: "Europe/Zurich",
    originalLanguage: "en",
  };
  await db.session.create({
    data: {
      ...common,
      ordinal: 1,
      slug: `draft-${tag}`,
      startDate: new Date("2031-01-01"),
      endDate: new Date("2031-01-02"),
      status: "DRAFT",
    },
  });
  const published = await db.session.create({
    data: {
      ...common,
      ordinal: 2,
      slug: `published-${tag}`,
      startDate: new Date("2031-02-01"),
      endDate: new Date("2031-02-02"),
      status: "PROVISIONAL",
    },
  });
  const restricted = await db.document.create({
    data: {
      symbol: `${prefix}/2031/CRP.1`,
      bodyId,
      title: { en: "Restricted paper" },
      distribution: "RESTRICTED",
      versions: { create: [{ locale: "en", url: "https://example.org/crp1" }] },
    },
  });
  await db.agendaItem.create({
    data: {
      sessionId: published.id,
      position: 1,
      title: { en: "Item" },
      documents: { create: [{ documentId: restricted.id, position: 1 }] },
    },
  });
});

afterAll(async () => {
  await db.session.deleteMany({ where: { bodyId } });
  await db.document.deleteMany({ where: { bodyId } });
  await db.body.delete({ where: { id: bodyId } });
  await disconnectDb();
});

describe("public session reads", () => {
  it("never list or show a draft", async () => {
    const slugs = (await listPublicSessions(db)).map((s) => s.slug);
    expect(slugs).toContain(`published-${tag}`);
    expect(slugs).not.toContain(`draft-${tag}`);
    expect(await getPublicSession(db, `draft-${tag}`, true)).toBeNull();
  });

  it("hide the links of Restricted documents from readers who may not see them", async () => {
    const anonymous = await getPublicSession(db, `published-${tag}`, false);
    expect(anonymous?.documents[0]?.versions).toEqual([{ locale: "en", url: null, official: false }]);
    const delegate = await getPublicSession(db, `published-${tag}`, true);
    expect(delegate?.documents[0]?.versions).toEqual([
      { locale: "en", url: "https://example.org/crp1", official: false },
    ]);
  });

  it("send no column a page does not show", async () => {
    const session = await getPublicSession(db, `published-${tag}`, false);
    expect(Object.keys(session ?? {})).not.toContain("version");
    expect(Object.keys(session?.documents[0] ?? {})).not.toContain("translationStates");
  });
});
