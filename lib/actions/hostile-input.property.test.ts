import { randomInt } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "../auth/types";
import { disconnectDb, getDb } from "../db";
import { createTestActor, removeTestUsers } from "../testing/actors";
import { removeBodyWithEverything } from "../testing/cleanup";
import { hostileInput } from "../testing/hostile-input";
import { signedInAs } from "../testing/signed-in";
import { registeredActions } from "./registry";

// As in the authorisation matrix, only the cookie is mocked: roles come from the real database.
let signedIn: string | null = null;
vi.mock("../auth/session-user", () => ({ sessionUser: async () => signedInAs(signedIn) }));
vi.mock("next/cache", () => ({ updateTag: vi.fn(), revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

// Every server action in the code base, found by file name, so that a new one is sent hostile input too.
import.meta.glob("../**/actions.ts", { eager: true });

const db = getDb();
const word = Array.from({ length: 8 }, () => String.fromCharCode(65 + randomInt(26))).join("");
const prefix = `PROP/${word}`;
const ids = { body: "", session: "", item: "", subItem: "", document: "", slot: "" };
let secretariat: Actor;
let delegate: Actor;

/** Valid inputs for each action, aimed at this file's own rows; the arbitraries vary them with hostile values. */
function templates(): Record<string, unknown> {
  const session = {
    ordinal: 3,
    title: "Third meeting",
    venue: "Vienna",
    timeZone: "Europe/Vienna",
    startDate: "2030-05-01",
    endDate: "2030-05-02",
    originalLanguage: "en",
    plenaryMeetings: 4,
    interpretationLanguages: ["en", "fr"],
    agendaSymbol: "",
  };
  const document = {
    symbol: `${prefix}/2030/CRP.1`,
    kind: "REPORT",
    issuedBy: "Secretariat",
    issuedOn: "2030-03-01",
    distribution: "GENERAL",
    title: "Report",
    description: "",
    versions: { en: { url: "https://undocs.org/en/x" } },
  };
  const slot = { date: "2030-05-01", start: "10:00", end: "13:00" };
  const item = {
    key: "1",
    title: "Opening",
    annotation: "",
    documents: [{ symbol: `${prefix}/2030/1`, kind: "OTHER", title: "", description: "", issuedBy: "" }],
    children: [],
  };
  // Versions are stale on purpose: a hostile input that passes validation meets a conflict, not a deletion.
  const stale = 99;
  return {
    "sessions.create": { body: { kind: "existing", bodyId: ids.body }, session },
    // `base`, where an editor sends one: what the form opened with, for merging over a newer save.
    "sessions.update": { id: ids.session, version: stale, session, base: session },
    "sessions.delete": { id: ids.session, version: stale },
    "sessions.duplicate": { sourceId: ids.session, ordinal: 5, startDate: "2031-05-01" },
    "sessions.publish": { id: ids.session, version: stale, confirmedWarnings: true },
    "sessions.unpublish": { id: ids.session, version: stale },
    "revisions.issue": { id: ids.session, kind: "REVISION", expectedSequence: stale },
    // A delegate's account: the one valid-looking input that must still be refused.
    "sessions.assignChair": { sessionId: ids.session, userId: delegate.id },
    "sessions.removeChair": { sessionId: ids.session, userId: delegate.id },
    "bodies.setWorkingLanguages": { id: ids.body, version: stale, workingLanguages: ["es", "en"] },
    "imports.preview": { text: "Provisional agenda\n1. Opening of the session\n2. Adoption of the agenda" },
    "imports.create": {
      language: "en",
      body: { kind: "existing", bodyId: ids.body },
      session,
      documentTitle: "Agenda",
      items: [item],
      slots: [{ date: "2030-05-01", startMinutes: 600, endMinutes: 780, itemKeys: ["1"] }],
    },
    "schedule.addDay": { sessionId: ids.session, date: "2030-05-02" },
    "schedule.createSlot": { sessionId: ids.session, slot },
    "schedule.updateSlot": { id: ids.slot, version: stale, slot, base: slot },
    "schedule.deleteSlot": { id: ids.slot, version: stale },
    "schedule.setSlotItems": { slots: [{ id: ids.slot, version: stale, itemIds: [ids.item] }] },
    "agenda.createItem": { sessionId: ids.session, parentId: ids.item, title: "Sub-item", annotation: "Text" },
    "agenda.updateItem": {
      id: ids.item,
      version: stale,
      title: "Opening",
      annotation: "",
      base: { title: "Opening", annotation: "" },
    },
    "agenda.deleteItem": { id: ids.subItem, version: stale },
    "agenda.moveItem": { id: ids.subItem, version: stale, parentId: null, position: 1 },
    "translations.set": {
      entity: "session",
      id: ids.session,
      version: stale,
      field: "title",
      locale: "fr",
      text: "Titre",
      state: "DRAFT",
      sessionId: ids.session,
    },
    "documents.create": { sessionId: ids.session, document },
    "documents.update": { sessionId: ids.session, id: ids.document, version: stale, document, base: document },
    "documents.delete": { sessionId: ids.session, id: ids.document, version: stale },
    "documents.attach": { documentId: ids.document, itemIds: [ids.item] },
    "documents.detach": { documentId: ids.document, itemId: ids.item },
    // The session is a draft: a chair's action that passes validation is refused by the meeting's rules.
    "meeting.takeUp": { sessionId: ids.session, itemId: ids.item },
    "meeting.setOutcome": { sessionId: ids.session, itemId: ids.item, outcome: "CONCLUDED" },
    "meeting.reopen": { sessionId: ids.session, itemId: ids.item },
    "meeting.adoptAgenda": { sessionId: ids.session, orallyAmended: true, note: "Item 2 retitled." },
    "meeting.suspend": { sessionId: ids.session },
    "meeting.resume": { sessionId: ids.session },
    "meeting.close": { sessionId: ids.session },
    "meeting.undo": { token: ids.item },
  };
}

/**
 * What a refused request could have changed. Other test files write to the same database at the same time,
 * so this looks at the rows the hostile inputs aim at: this file's body and everything under it, bodies
 * with its prefix, and anything the refused callers' accounts wrote.
 */
async function snapshot() {
  const session = { session: { bodyId: ids.body } };
  const [sessions, items, slots, documents, bodies, audit, users] = await Promise.all([
    db.session.aggregate({ where: { bodyId: ids.body }, _count: true, _max: { updatedAt: true } }),
    db.agendaItem.aggregate({ where: session, _count: true, _max: { updatedAt: true } }),
    db.timeSlot.aggregate({ where: session, _count: true, _max: { updatedAt: true } }),
    db.document.aggregate({ where: { bodyId: ids.body }, _count: true, _max: { updatedAt: true } }),
    db.body.aggregate({ where: { symbolPrefix: { startsWith: prefix } }, _count: true, _max: { updatedAt: true } }),
    db.auditEvent.count({ where: { OR: [{ userId: delegate.id }, { session: { bodyId: ids.body } }] } }),
    db.user.findMany({
      where: { id: { in: [secretariat.id, delegate.id] } },
      select: { role: true, updatedAt: true },
      orderBy: { id: "asc" },
    }),
  ]);
  return { sessions, items, slots, documents, bodies, audit, users };
}

beforeAll(async () => {
  secretariat = await createTestActor(db, "SECRETARIAT");
  delegate = await createTestActor(db, "DELEGATE");
  ids.body = (await db.body.create({ data: { name: { en: `Property body ${word}` }, symbolPrefix: prefix } })).id;
  const session = await db.session.create({
    data: {
      bodyId: ids.body,
      ordinal: 1,
      slug: `prop-${word.toLowerCase()}`,
      title: { en: "Property session" },
      venue: { en: "Vienna" },
      timeZone: "Europe/Vienna",
      originalLanguage: "en",
      startDate: new Date("2030-05-01"),
      endDate: new Date("2030-05-02"),
    },
  });
  ids.session = session.id;
  ids.item = (
    await db.agendaItem.create({ data: { sessionId: ids.session, position: 1, title: { en: "Opening" } } })
  ).id;
  ids.subItem = (
    await db.agendaItem.create({
      data: { sessionId: ids.session, parentId: ids.item, position: 1, title: { en: "Election" } },
    })
  ).id;
  ids.document = (
    await db.document.create({ data: { symbol: `${prefix}/2030/1`, bodyId: ids.body, title: { en: "Agenda" } } })
  ).id;
  ids.slot = (
    await db.timeSlot.create({
      data: { sessionId: ids.session, date: new Date("2030-05-01"), startMinutes: 600, endMinutes: 780 },
    })
  ).id;
});

afterAll(async () => {
  const bodies = await db.body.findMany({ where: { symbolPrefix: { startsWith: prefix } }, select: { id: true } });
  for (const body of [{ id: ids.body }, ...bodies]) if (body.id) await removeBodyWithEverything(db, body.id);
  await removeTestUsers(db, [secretariat, delegate]);
  await disconnectDb();
});

type Result = { ok: boolean; error?: { code: string } } | undefined;

describe("every server action, sent hostile input", () => {
  const names = registeredActions().map((action) => action.name);

  it("has a shaped template for every action", () => {
    expect(names.filter((name) => !(name in templates()))).toEqual([]);
  });

  for (const name of names) {
    it(`${name} answers the secretariat with a result, never "internal"`, async () => {
      const action = registeredActions().find((a) => a.name === name)?.action;
      signedIn = secretariat.id;
      await fc.assert(
        fc.asyncProperty(hostileInput(templates()[name]), async (input) => {
          const result = (await action?.(input)) as Result;
          expect(typeof result?.ok).toBe("boolean");
          expect(result?.error?.code, JSON.stringify(result?.error)).not.toBe("internal");
        }),
        { numRuns: 30, endOnFailure: true },
      );
    });

    it(`${name} refuses anonymous visitors and delegates without changing a row`, async () => {
      const action = registeredActions().find((a) => a.name === name)?.action;
      const before = await snapshot();
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom("anonymous", "DELEGATE"),
          hostileInput(templates()[name]),
          async (caller, input) => {
            signedIn = caller === "anonymous" ? null : delegate.id;
            const result = (await action?.(input)) as Result;
            expect(result).toEqual({
              ok: false,
              error: { code: caller === "anonymous" ? "unauthenticated" : "forbidden" },
            });
          },
        ),
        { numRuns: 10, endOnFailure: true },
      );
      expect(await snapshot()).toEqual(before);
    });
  }
});
