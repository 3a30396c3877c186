import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, getDb } from "../db";
import { getPublicSession } from "./data";
import { sessionHeading } from "./session-heading";
import { buildSessionView } from "./session-view";

const db = getDb();
const tag = randomUUID().slice(0, 6).toUpperCase();
let bodyId: string;

beforeAll(async () => {
  const body = await db.body.create({
    data: {
      name: { zh: "工作组" },
      symbolPrefix: `TST/WL.${tag}`,
      originalLanguage: "zh",
      workingLanguages: ["es", "en"],
    },
  });
  bodyId = body.id;
  await db.session.create({
    data: {
      bodyId,
      ordinal: 1,
      slug: `working-${tag.toLowerCase()}`,
      title: { zh: "第一次会议", en: "First meeting", es: "Primera reunión" },
      venue: { zh: "维也纳" },
      timeZone: "Europe/Vienna",
      startDate: new Date("2033-01-10"),
      endDate: new Date("2033-01-11"),
      originalLanguage: "zh",
      status: "PROVISIONAL",
      // The Spanish title is final, the English one only a draft: the public never sees a draft.
      translationStates: { "title.es": "FINAL", "title.en": "DRAFT" },
      items: {
        create: [{ position: 1, title: { zh: "开幕", en: "Opening" }, translationStates: { "title.en": "FINAL" } }],
      },
    },
  });
});

afterAll(async () => {
  await db.session.deleteMany({ where: { bodyId } });
  await db.body.delete({ where: { id: bodyId } });
  await disconnectDb();
});

describe("the body's working languages", () => {
  it("come before the original, in the body's order, and only with final translations", async () => {
    const session = await getPublicSession(db, `working-${tag.toLowerCase()}`, false);
    expect(session?.body.workingLanguages).toEqual(["es", "en"]);
    if (!session) return;
    // A Russian reader: Spanish first (final), then English, then the original.
    expect(sessionHeading(session, "ru").title).toEqual({ text: "Primera reunión", lang: "es", isFallback: true });
    const [opening] = buildSessionView(session, "ru").items;
    expect(opening?.title).toEqual({ text: "Opening", lang: "en", isFallback: true });
    // The venue has only its original, but the UN names the city in French: no fallback.
    expect(sessionHeading(session, "fr").venue).toEqual({ text: "Vienne", lang: "fr", isFallback: false });
  });

  it("are English alone for a body that says nothing else", async () => {
    const body = await db.body.create({ data: { name: { en: "x" }, symbolPrefix: `TST/WL2.${tag}` } });
    expect(body.workingLanguages).toEqual(["en"]);
    await db.body.delete({ where: { id: body.id } });
  });
});
