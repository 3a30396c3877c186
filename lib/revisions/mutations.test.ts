import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "../auth/types";
import { disconnectDb, getDb } from "../db";
import { listPublicSlugsMeetingOn } from "../journal/data";
import { getPublicSession, getSessionPreview } from "../sessions/data";
import { listPublicSessionsOfYear } from "../sessions/public-list-data";
import { setSessionStatus } from "../sessions/mutations";
import { createTestActor, removeTestUsers } from "../testing/actors";
import { race, runsTransactionsAtOnce } from "../testing/race";
import { signedInAs } from "../testing/signed-in";
import { apiSession } from "../api/loaders";
import { openApiDocument } from "../api/openapi";
import { openApiValidator } from "../testing/openapi-validator";
import { issueRevisionAction } from "./actions";
import { getPendingRevision } from "./data";
import { issueMissingOriginals, issueRevision } from "./mutations";

// Only the cookie is mocked: the role comes from the real database.
let signedIn: string | null = null;
vi.mock("../auth/session-user", () => ({ sessionUser: async () => signedInAs(signedIn) }));
vi.mock("next/cache", () => ({ updateTag: vi.fn(), revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const db = getDb();
const tag = randomUUID().slice(0, 6).toUpperCase();
const prefix = `TST/REV.${tag}`;
let secretariat: Actor;
let delegate: Actor;
let bodyId: string;
let sessionId: string;
let slug: string;
const itemIds: Record<string, string> = {};

beforeAll(async () => {
  secretariat = await createTestActor(db, "SECRETARIAT");
  delegate = await createTestActor(db, "DELEGATE");
  bodyId = (await db.body.create({ data: { name: { en: "Working Group" }, symbolPrefix: prefix } })).id;
  slug = `revisions-${tag.toLowerCase()}`;
  const session = await db.session.create({
    data: {
      bodyId,
      ordinal: 8,
      slug,
      title: { en: "Eighth meeting" },
      venue: { en: "Vienna" },
      timeZone: "Europe/Vienna",
      startDate: new Date("2035-07-02"),
      endDate: new Date("2035-07-03"),
      originalLanguage: "en",
      agendaSymbol: `${prefix}/2035/1`,
    },
  });
  sessionId = session.id;
  for (const [position, title] of ["Opening", "Adoption of the agenda", "Prevention"].entries()) {
    const item = await db.agendaItem.create({ data: { sessionId, position: position + 1, title: { en: title } } });
    itemIds[title] = item.id;
  }
  const morning = await db.timeSlot.create({
    data: { sessionId, date: new Date("2035-07-02"), startMinutes: 600, endMinutes: 780 },
  });
  await db.timeSlot.create({ data: { sessionId, date: new Date("2035-07-02"), startMinutes: 900, endMinutes: 1080 } });
  await db.timeSlotItem.createMany({
    data: Object.values(itemIds).map((itemId, index) => ({ slotId: morning.id, itemId, position: index + 1 })),
  });
  await setSessionStatus(db, secretariat, sessionId, 1, "PROVISIONAL");
});

afterAll(async () => {
  await db.auditEvent.deleteMany({ where: { sessionId } });
  await db.session.deleteMany({ where: { bodyId } });
  await db.body.delete({ where: { id: bodyId } });
  await removeTestUsers(db, [secretariat, delegate]);
  await disconnectDb();
});

const publicTitles = async () => (await getPublicSession(db, slug, false))!.items.map((item) => item.title.en);

describe("a published agenda and its revisions", () => {
  it("is issued when published, and later edits stay pending while the public reads the issue", async () => {
    expect(await db.sessionIssue.count({ where: { sessionId } })).toBe(1);
    await db.agendaItem.update({
      where: { id: itemIds.Prevention! },
      data: { title: { en: "Prevention of trafficking" } },
    });
    const afternoon = await db.timeSlot.findFirstOrThrow({ where: { sessionId, startMinutes: 900 } });
    await db.timeSlotItem.deleteMany({ where: { itemId: itemIds.Prevention! } });
    await db.timeSlotItem.create({ data: { slotId: afternoon.id, itemId: itemIds.Prevention!, position: 1 } });

    expect(await publicTitles()).toEqual(["Opening", "Adoption of the agenda", "Prevention"]);
    const preview = await getSessionPreview(db, sessionId);
    expect(preview!.items.map((item) => item.title.en)).toContain("Prevention of trafficking");
    const pending = await getPendingRevision(db, sessionId);
    expect(pending!.changes.map((change) => change.kind)).toEqual(["item-retitled", "item-rescheduled"]);
    expect(pending!.nextRevisionSymbol).toBe(`${prefix}/2035/1/Rev.1`);
  });

  it("refuses a delegate, and tells the secretariat when another issue came first", async () => {
    signedIn = delegate.id;
    const refused = await issueRevisionAction({ id: sessionId, kind: "REVISION", expectedSequence: 0 });
    expect(refused).toMatchObject({ ok: false, error: { code: "forbidden" } });
    signedIn = secretariat.id;
    const stale = await issueRevisionAction({ id: sessionId, kind: "REVISION", expectedSequence: 3 });
    expect(stale).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect(await publicTitles()).toContain("Prevention");
  });

  it("issues Rev.1 once when two secretaries issue at the same moment, and the public reads it", async () => {
    const issue = (client: typeof db) =>
      issueRevision(client, secretariat, { id: sessionId, kind: "REVISION", expectedSequence: 0 });
    // The embedded database takes transactions in turn: there, the second secretary comes just after the first.
    const racing = (await runsTransactionsAtOnce()) ? race(2) : null;
    try {
      const results = racing
        ? await Promise.allSettled(racing.clients.map(issue))
        : [await Promise.allSettled([issue(db)]), await Promise.allSettled([issue(db)])].flat();
      if (racing) expect(racing.allBegan() && racing.metAtWrite()).toBe(true);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const failed = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
      expect(failed.reason).toMatchObject({ code: "conflict" });
    } finally {
      await racing?.close();
    }
    const session = (await getPublicSession(db, slug, false))!;
    expect(session.items.map((item) => item.title.en)).toContain("Prevention of trafficking");
    expect(session.agendaSymbol).toBe(`${prefix}/2035/1/Rev.1`);
    expect(session.revisions).toEqual([
      expect.objectContaining({ kind: "REVISION", number: 1, symbol: `${prefix}/2035/1/Rev.1` }),
    ]);
    expect(session.revisions[0]!.changes).toContainEqual(
      expect.objectContaining({
        kind: "item-rescheduled",
        slots: [{ date: "2035-07-02", startMinutes: 900, endMinutes: 1080 }],
      }),
    );
    const audit = await db.auditEvent.findFirstOrThrow({ where: { sessionId, action: "issue:REVISION" } });
    expect(audit.userId).toBe(secretariat.id);
  });

  it("has nothing to issue until something changes, then issues a corrigendum to the revision", async () => {
    const nothing = await issueRevisionAction({ id: sessionId, kind: "CORRIGENDUM", expectedSequence: 1 });
    expect(nothing).toMatchObject({ ok: false, error: { code: "invalid-state" } });
    await db.agendaItem.update({ where: { id: itemIds.Opening! }, data: { annotation: { en: "The Chair opens." } } });
    const corrected = await issueRevisionAction({ id: sessionId, kind: "CORRIGENDUM", expectedSequence: 1 });
    expect(corrected).toMatchObject({ ok: true, data: { symbol: `${prefix}/2035/1/Rev.1/Corr.1` } });
    const session = (await getPublicSession(db, slug, false))!;
    // A corrigendum corrects the text in force: the agenda keeps the revision's symbol.
    expect(session.agendaSymbol).toBe(`${prefix}/2035/1/Rev.1`);
    expect(session.revisions.map((revision) => revision.symbol)).toEqual([
      `${prefix}/2035/1/Rev.1/Corr.1`,
      `${prefix}/2035/1/Rev.1`,
    ]);
  });

  it("lists the session under its issued title until a revision issues the new one", async () => {
    const listed = async () =>
      (await listPublicSessionsOfYear(db, 2035)).filter((session) => session.slug === slug).map((s) => s.title.en);
    await db.session.update({ where: { id: sessionId }, data: { title: { en: "Eighth meeting (resumed)" } } });
    expect(await listed()).toEqual(["Eighth meeting"]);
    expect((await getPublicSession(db, slug, false))!.title.en).toBe("Eighth meeting");
    const pending = await getPendingRevision(db, sessionId);
    expect(pending!.changes.map((change) => change.kind)).toEqual(["title-changed"]);
    await db.session.update({ where: { id: sessionId }, data: { title: { en: "Eighth meeting" } } });
    expect((await getPendingRevision(db, sessionId))!.changes).toEqual([]);
  });

  it("keeps a meeting a pending revision adds out of the daily journal until it is issued", async () => {
    const added = await db.timeSlot.create({
      data: { sessionId, date: new Date("2035-07-03"), startMinutes: 600, endMinutes: 780 },
    });
    try {
      expect(await listPublicSlugsMeetingOn(db, "2035-07-03")).not.toContain(slug);
      expect(await listPublicSlugsMeetingOn(db, "2035-07-02")).toContain(slug);
    } finally {
      await db.timeSlot.delete({ where: { id: added.id } });
    }
  });

  it("gives the revisions in the public API, as its OpenAPI document describes them", async () => {
    const result = await apiSession(slug, new URLSearchParams("lang=en"));
    expect(result.status).toBe(200);
    const body = JSON.parse(JSON.stringify(result.status === 200 ? result.body : null));
    expect(openApiValidator(openApiDocument())("/api/v1/sessions/{slug}", "200", body)).toEqual([]);
    expect(body.agendaSymbol).toBe(`${prefix}/2035/1/Rev.1`);
    expect(body.revisions[1]).toMatchObject({
      kind: "REVISION",
      number: 1,
      changes: [
        { kind: "item-retitled", item: "3" },
        { kind: "item-rescheduled", item: "3" },
      ],
    });
  });

  it("leaves the meeting's progress live: an item under consideration shows at once", async () => {
    await db.agendaItem.update({ where: { id: itemIds.Opening! }, data: { status: "UNDER_CONSIDERATION" } });
    const session = (await getPublicSession(db, slug, false))!;
    expect(session.meeting.currentItemId).toBe(itemIds.Opening);
    expect(session.items.find((item) => item.id === itemIds.Opening)!.status).toBe("UNDER_CONSIDERATION");
  });

  it("withdraws the issues with the provisional agenda, and issues it afresh when published again", async () => {
    await db.agendaItem.update({ where: { id: itemIds.Opening! }, data: { status: "PENDING" } });
    const { version } = await db.session.findUniqueOrThrow({ where: { id: sessionId }, select: { version: true } });
    const draft = await setSessionStatus(db, secretariat, sessionId, version, "DRAFT");
    expect(await db.sessionIssue.count({ where: { sessionId } })).toBe(0);
    expect(await getPublicSession(db, slug, false)).toBeNull();
    await setSessionStatus(db, secretariat, sessionId, draft.version, "PROVISIONAL");
    const session = (await getPublicSession(db, slug, false))!;
    expect(session.revisions).toEqual([]);
    expect(session.agendaSymbol).toBe(`${prefix}/2035/1`);
    expect(session.items.map((item) => item.title.en)).toContain("Prevention of trafficking");
  });

  it("issues, at start-up, a session published before issues existed, as it reads now", async () => {
    const older = await db.session.create({
      data: {
        bodyId,
        ordinal: 7,
        slug: `${slug}-older`,
        title: { en: "Seventh meeting" },
        venue: { en: "Vienna" },
        timeZone: "Europe/Vienna",
        startDate: new Date("2034-07-02"),
        endDate: new Date("2034-07-03"),
        originalLanguage: "en",
        status: "ADOPTED",
        items: { create: [{ position: 1, title: { en: "Opening" } }] },
      },
    });
    expect(await issueMissingOriginals(db, { bodyId })).toBe(1);
    await db.agendaItem.updateMany({
      where: { sessionId: older.id },
      data: { title: { en: "Opening of the meeting" } },
    });
    const session = (await getPublicSession(db, older.slug, false))!;
    expect(session.items.map((item) => item.title.en)).toEqual(["Opening"]);
    expect(await issueMissingOriginals(db, { bodyId })).toBe(0);
  });
});
