import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/types";
import { disconnectDb, getDb } from "../db";
import { isAppError } from "../errors";
import { createTestActor, removeTestUsers } from "../testing/actors";
import { removeBodyWithEverything } from "../testing/cleanup";
import { listSessionHistory } from "../history/data";
import { isSessionChair } from "./data";
import { runMeetingCommand, undoMeetingAction, UNDO_WINDOW_MS, type ConsoleCommand } from "./mutations";

const db = getDb();
const tag = randomUUID().slice(0, 8);
let bodyId = "";
let chair: Actor;
let otherChair: Actor;
let secretariat: Actor;
let ordinal = 0;

beforeAll(async () => {
  [chair, otherChair, secretariat] = await Promise.all([
    createTestActor(db, "CHAIR"),
    createTestActor(db, "CHAIR"),
    createTestActor(db, "SECRETARIAT"),
  ]);
  bodyId = (await db.body.create({ data: { name: { en: `Meeting test ${tag}` }, symbolPrefix: `MEET/${tag}` } })).id;
});

afterAll(async () => {
  await removeBodyWithEverything(db, bodyId);
  await removeTestUsers(db, [chair, otherChair, secretariat]);
  await disconnectDb();
});

/** A published session chaired by `chair`: 1 Organizational matters, 1(a) Opening, 1(b) 通过议程和工作安排, 2 Substance. */
async function newSession(status: "DRAFT" | "PROVISIONAL" = "PROVISIONAL") {
  ordinal++;
  const session = await db.session.create({
    data: {
      bodyId,
      ordinal,
      slug: `meeting-${tag}-${ordinal}`,
      title: { zh: "测试" },
      venue: { zh: "维也纳" },
      timeZone: "Europe/Vienna",
      startDate: new Date("2032-03-01"),
      endDate: new Date("2032-03-02"),
      originalLanguage: "zh",
      status,
      chairs: { create: { userId: chair.id } },
    },
  });
  const parent = await db.agendaItem.create({
    data: { sessionId: session.id, position: 1, title: { zh: "组织事项", en: "Organizational matters" } },
  });
  const opening = await db.agendaItem.create({
    data: { sessionId: session.id, parentId: parent.id, position: 1, title: { zh: "会议开幕" } },
  });
  const adoption = await db.agendaItem.create({
    data: { sessionId: session.id, parentId: parent.id, position: 2, title: { zh: "通过议程和工作安排" } },
  });
  const substance = await db.agendaItem.create({ data: { sessionId: session.id, position: 2, title: { zh: "实质" } } });
  return { id: session.id, parent: parent.id, opening: opening.id, adoption: adoption.id, substance: substance.id };
}

const run = (sessionId: string, command: ConsoleCommand, actor = chair, now?: Date) =>
  runMeetingCommand(db, actor, sessionId, command, now);

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return (error.details?.reason as string | undefined) ?? error.code;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("the chair's actions", () => {
  it("take up an item: one audit row with its time, a new revision, and no edit version bumped", async () => {
    const s = await newSession();
    const now = new Date("2032-03-01T08:05:00Z");
    const result = await run(s.id, { type: "take-up", itemId: s.opening }, chair, now);
    expect(result.state).toMatchObject({ revision: 1, currentItemId: s.opening });
    const events = await db.auditEvent.findMany({ where: { sessionId: s.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      id: result.undoToken,
      action: "meeting.take-up",
      entityType: "AgendaItem",
      entityId: s.opening,
      userId: chair.id,
      at: now,
    });
    expect(events[0]?.after).toMatchObject({ items: { [s.opening]: { status: "UNDER_CONSIDERATION" } } });
    const item = await db.agendaItem.findUniqueOrThrow({ where: { id: s.opening } });
    expect(item).toMatchObject({ version: 1, takenUpAt: now });
    expect((await db.session.findUniqueOrThrow({ where: { id: s.id } })).version).toBe(1);
  });

  it("outcomes, reopening, suspension and closing each write what changed", async () => {
    const s = await newSession();
    await run(s.id, { type: "take-up", itemId: s.opening });
    expect((await run(s.id, { type: "conclude", itemId: s.opening })).state.currentItemId).toBeNull();
    await run(s.id, { type: "defer", itemId: s.substance });
    const reopened = await run(s.id, { type: "reopen", itemId: s.substance });
    expect(reopened.state.items.find((i) => i.id === s.substance)).toMatchObject({ status: "UNDER_CONSIDERATION" });
    expect((await run(s.id, { type: "suspend" })).state.suspendedAt).not.toBeNull();
    expect(await refusal(run(s.id, { type: "take-up", itemId: s.opening }))).toBe("suspended");
    expect((await run(s.id, { type: "resume" })).state.suspendedAt).toBeNull();
    const adopted = await run(s.id, { type: "adopt", itemId: s.substance });
    expect(adopted.state.items.find((i) => i.id === s.substance)?.status).toBe("ADOPTED");
    const closed = await run(s.id, { type: "close" });
    expect(closed.state).toMatchObject({ status: "CLOSED", currentItemId: null, revision: 8 });
    expect(await refusal(run(s.id, { type: "reopen", itemId: s.substance }))).toBe("session-closed");
    const actions = await db.auditEvent.findMany({ where: { sessionId: s.id }, orderBy: { at: "asc" } });
    expect(actions.map((a) => a.action)).toEqual([
      "meeting.take-up",
      "meeting.conclude",
      "meeting.defer",
      "meeting.reopen",
      "meeting.suspend",
      "meeting.resume",
      "meeting.adopt",
      "meeting.close",
    ]);
  });

  it("adopting the agenda adopts item 1(b) '通过议程…' and the session, as orally amended with the note", async () => {
    const s = await newSession();
    const result = await run(s.id, { type: "adopt-agenda", orallyAmended: true, note: "Item 2 retitled." });
    expect(result.state).toMatchObject({ status: "ADOPTED", orallyAmended: true, adoptionNote: "Item 2 retitled." });
    expect(result.state.items.find((i) => i.id === s.adoption)?.status).toBe("ADOPTED");
    const event = await db.auditEvent.findUniqueOrThrow({ where: { id: result.undoToken } });
    expect(event).toMatchObject({ action: "meeting.adopt-agenda", entityType: "Session", entityId: s.id });
    expect(await refusal(run(s.id, { type: "adopt-agenda", orallyAmended: false, note: null }))).toBe(
      "agenda-already-adopted",
    );
  });

  it("refuses a draft session, an item of another session and an unknown session", async () => {
    const draft = await newSession("DRAFT");
    const other = await newSession();
    expect(await refusal(run(draft.id, { type: "take-up", itemId: draft.opening }))).toBe("session-draft");
    expect(await refusal(run(other.id, { type: "take-up", itemId: draft.opening }))).toBe("item-not-in-session");
    expect(await refusal(run("nosuchsession", { type: "suspend" }))).toBe("not-found");
    expect(await db.auditEvent.count({ where: { sessionId: { in: [draft.id, other.id] } } })).toBe(0);
  });

  it("two consoles taking up different items at once leave exactly one item under consideration", async () => {
    const s = await newSession();
    const results = await Promise.allSettled([
      run(s.id, { type: "take-up", itemId: s.opening }),
      runMeetingCommand(db, secretariat, s.id, { type: "take-up", itemId: s.substance }),
    ]);
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    const current = await db.agendaItem.findMany({ where: { sessionId: s.id, status: "UNDER_CONSIDERATION" } });
    expect(current).toHaveLength(1);
    const session = await db.session.findUniqueOrThrow({ where: { id: s.id } });
    expect(session.meetingRevision).toBe(2);
    // The other item was set aside as pending, keeping the time it was taken up.
    const setAside = await db.agendaItem.findFirstOrThrow({
      where: { sessionId: s.id, id: { in: [s.opening, s.substance] }, status: "PENDING" },
    });
    expect(setAside.takenUpAt).not.toBeNull();
  });
});

describe("undo", () => {
  it("restores the state before the action, is audited, and cannot be done twice", async () => {
    const s = await newSession();
    await run(s.id, { type: "take-up", itemId: s.opening });
    const adopted = await run(s.id, { type: "adopt-agenda", orallyAmended: true, note: "x" });
    const undone = await undoMeetingAction(db, chair, adopted.undoToken);
    expect(undone.state).toMatchObject({
      status: "PROVISIONAL",
      agendaAdoptedAt: null,
      orallyAmended: false,
      adoptionNote: null,
      currentItemId: s.opening,
      revision: 3,
    });
    expect(undone.state.items.find((i) => i.id === s.adoption)).toMatchObject({ status: "PENDING", concludedAt: null });
    const event = await db.auditEvent.findUniqueOrThrow({ where: { id: undone.undoToken } });
    expect(event).toMatchObject({ action: "meeting.undo", entityType: "Session", userId: chair.id });
    expect(await refusal(undoMeetingAction(db, chair, adopted.undoToken))).toBe("undo-stale");
    expect(await refusal(undoMeetingAction(db, chair, undone.undoToken))).toBe("not-undoable");
  });

  it("is refused after the window, after a later action, and to another chair; the secretariat may", async () => {
    const s = await newSession();
    const start = new Date();
    const first = await run(s.id, { type: "take-up", itemId: s.opening }, chair, start);
    const late = new Date(start.getTime() + UNDO_WINDOW_MS + 1000);
    expect(await refusal(undoMeetingAction(db, chair, first.undoToken, late))).toBe("undo-expired");
    expect(await refusal(undoMeetingAction(db, otherChair, first.undoToken, start))).toBe("forbidden");
    const second = await run(s.id, { type: "take-up", itemId: s.substance }, chair, start);
    expect(await refusal(undoMeetingAction(db, chair, first.undoToken, start))).toBe("undo-stale");
    const undone = await undoMeetingAction(db, secretariat, second.undoToken, start);
    expect(undone.state.currentItemId).toBe(s.opening);
  });
});

describe("the history of the meeting", () => {
  it("reads each action of the chair with its item, the adoption note and what an undo took back", async () => {
    const s = await newSession();
    await run(s.id, { type: "take-up", itemId: s.opening }, chair, new Date(Date.now() - 2000));
    const adopted = await run(s.id, { type: "adopt-agenda", orallyAmended: true, note: "Item 2 retitled." });
    await undoMeetingAction(db, chair, adopted.undoToken);
    const { events } = await listSessionHistory(db, s.id, { locale: "en" });
    expect(events.map((e) => [e.action, e.subject.reference, e.meeting, e.changes])).toEqual([
      ["meeting.undo", null, { orallyAmended: false, note: null, undoes: "adopt-agenda" }, []],
      ["meeting.adopt-agenda", null, { orallyAmended: true, note: "Item 2 retitled.", undoes: null }, []],
      ["meeting.take-up", "1(a)", { orallyAmended: false, note: null, undoes: null }, []],
    ]);
  });
});

describe("isSessionChair", () => {
  it("is true only for the chairs assigned to the session", async () => {
    const s = await newSession();
    expect(await isSessionChair(db, s.id, chair.id)).toBe(true);
    expect(await isSessionChair(db, s.id, otherChair.id)).toBe(false);
  });
});
