import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, getDb } from "../db";
import type { PickedText } from "../i18n/localized-text";
import { removeBodyWithEverything } from "../testing/cleanup";
import { getPublicSession, listPublicSessions } from "./data";
import { buildSessionView } from "./session-view";

/**
 * Every public text field holds an English original, a French translation marked FINAL and a Spanish one left
 * in DRAFT: the French page shows French, the Spanish page shows English with the "not yet translated" marker.
 */
const db = getDb();
const tag = randomUUID().slice(0, 8);
const prefix = `PUBTR/${tag}`;
const slug = `pubtr-${tag}`;
let bodyId = "";
let parentId = "";

const texts = (name: string) => ({ en: `${name} EN`, fr: `${name} FR`, es: `${name} ES` });
const states = (...fields: string[]) =>
  Object.fromEntries(
    fields.flatMap((field) => [
      [`${field}.fr`, "FINAL"],
      [`${field}.es`, "DRAFT"],
    ]),
  );

beforeAll(async () => {
  const parent = await db.body.create({
    data: { name: texts("Parent"), symbolPrefix: `${prefix}/P`, translationStates: states("name") },
  });
  parentId = parent.id;
  const body = await db.body.create({
    data: { name: texts("Body"), symbolPrefix: prefix, parentId, translationStates: states("name") },
  });
  bodyId = body.id;
  const session = await db.session.create({
    data: {
      bodyId,
      ordinal: 1,
      slug,
      title: texts("Session"),
      venue: texts("Venue"),
      documentTitle: texts("Agenda document"),
      translationStates: states("title", "venue", "documentTitle"),
      timeZone: "Europe/Vienna",
      originalLanguage: "en",
      startDate: new Date("2033-01-01"),
      endDate: new Date("2033-01-02"),
      status: "PROVISIONAL",
      notes: { create: [{ position: 1, text: texts("Note") }] },
    },
  });
  const listed = await db.document.create({
    data: {
      symbol: `${prefix}/2033/1`,
      bodyId,
      title: texts("Doc title"),
      description: texts("Doc description"),
      issuedBy: texts("Issuer"),
      translationStates: states("title", "description", "issuedBy"),
      versions: { create: [{ locale: "en", url: "https://example.org/1" }] },
    },
  });
  // Registered, but mentioned only in the Spanish draft of the annotation.
  await db.document.create({ data: { symbol: `${prefix}/2033/2`, bodyId, title: { en: "Only a draft mentions me" } } });
  const annotation = { en: "Annotation EN", fr: "Annotation FR", es: `Annotation ES, see ${prefix}/2033/2.` };
  const item = await db.agendaItem.create({
    data: {
      sessionId: session.id,
      position: 1,
      title: texts("Item"),
      annotation,
      translationStates: states("title", "annotation"),
      documents: { create: [{ documentId: listed.id, position: 1 }] },
    },
  });
  await db.timeSlot.create({
    data: {
      sessionId: session.id,
      date: new Date("2033-01-01"),
      startMinutes: 600,
      endMinutes: 780,
      items: { create: [{ itemId: item.id, position: 1 }] },
    },
  });
});

afterAll(async () => {
  await removeBodyWithEverything(db, bodyId);
  await db.body.deleteMany({ where: { id: parentId } });
  await disconnectDb();
});

const shown = (value: PickedText | null | undefined) => (value ? [value.text, value.lang, value.isFallback] : null);

describe("public pages show only final translations", () => {
  it("leave drafts out of every localized field the public session carries, and keep the original and final ones", async () => {
    const session = await getPublicSession(db, slug, false);
    expect(session).not.toBeNull();
    if (!session) return;
    const final = (name: string) => ({ en: `${name} EN`, fr: `${name} FR` });
    expect(session.title).toEqual(final("Session"));
    expect(session.venue).toEqual(final("Venue"));
    expect(session.documentTitle).toEqual(final("Agenda document"));
    expect(session.body.name).toEqual(final("Body"));
    expect(session.body.parent?.name).toEqual(final("Parent"));
    // Notes have no translation states of their own: only the session's language is public.
    expect(session.notes.map((note) => note.text)).toEqual([{ en: "Note EN" }]);
    expect(session.items.map((item) => [item.title, item.annotation])).toEqual([
      [final("Item"), { en: "Annotation EN", fr: "Annotation FR" }],
    ]);
    expect(session.documents.map((doc) => [doc.symbol, doc.title, doc.description, doc.issuedBy])).toEqual([
      [`${prefix}/2033/1`, final("Doc title"), final("Doc description"), final("Issuer")],
    ]);
  });

  it("show the Spanish reader the original with the not-yet-translated marker, and the French reader French", async () => {
    const session = await getPublicSession(db, slug, false);
    if (!session) return expect.fail("the session is public");
    const es = buildSessionView(session, "es");
    const item = es.items[0];
    expect(shown(item?.title)).toEqual(["Item EN", "en", true]);
    expect(shown(item?.annotation)).toEqual(["Annotation EN", "en", true]);
    expect(shown(item?.documents[0]?.title)).toEqual(["Doc title EN", "en", true]);
    expect(shown(item?.documents[0]?.description)).toEqual(["Doc description EN", "en", true]);
    expect(shown(es.days[0]?.slots[0]?.entries[0]?.title)).toEqual(["Item EN", "en", true]);

    const fr = buildSessionView(session, "fr");
    expect(shown(fr.items[0]?.title)).toEqual(["Item FR", "fr", false]);
    expect(shown(fr.items[0]?.annotation)).toEqual(["Annotation FR", "fr", false]);
    expect(shown(fr.documents[0]?.title)).toEqual(["Doc title FR", "fr", false]);
    expect(shown(fr.days[0]?.slots[0]?.entries[0]?.title)).toEqual(["Item FR", "fr", false]);
  });

  it("list the session with final translations only", async () => {
    const summary = (await listPublicSessions(db)).find((s) => s.slug === slug);
    expect([summary?.title, summary?.venue, summary?.body.name, summary?.body.parent?.name]).toEqual([
      { en: "Session EN", fr: "Session FR" },
      { en: "Venue EN", fr: "Venue FR" },
      { en: "Body EN", fr: "Body FR" },
      { en: "Parent EN", fr: "Parent FR" },
    ]);
  });

  it("show a translation once it is marked final, and hide it again when it goes back to draft", async () => {
    const session = await db.session.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    await db.session.update({
      where: { id: session.id },
      data: { translationStates: { ...states("venue", "documentTitle"), "title.es": "FINAL" } },
    });
    expect((await getPublicSession(db, slug, false))?.title).toEqual({ en: "Session EN", es: "Session ES" });
    await db.session.update({
      where: { id: session.id },
      data: { translationStates: states("title", "venue", "documentTitle") },
    });
    expect((await getPublicSession(db, slug, false))?.title).toEqual({ en: "Session EN", fr: "Session FR" });
  });
});
