import { describe, expect, it } from "vitest";
import type { SessionStatus } from "../sessions/types";
import { ADOPTION_NOTE_MAX, applyCommand, type MeetingCommand, type TransitionResult } from "./transitions";
import type { MeetingItemState, MeetingState } from "./types";

const NOW = new Date("2031-05-01T08:05:00Z");
const LATER = new Date("2031-05-01T09:30:00Z");

function item(id: string, over: Partial<MeetingItemState> = {}): MeetingItemState {
  return { id, status: "PENDING", takenUpAt: null, concludedAt: null, ...over };
}

function meeting(over: Partial<MeetingState> = {}): MeetingState {
  const items = over.items ?? [item("a"), item("b"), item("c")];
  return {
    sessionId: "s",
    revision: 3,
    status: "PROVISIONAL" as SessionStatus,
    suspendedAt: null,
    agendaAdoptedAt: null,
    orallyAmended: false,
    adoptionNote: null,
    currentItemId: items.find((i) => i.status === "UNDER_CONSIDERATION")?.id ?? null,
    ...over,
    items,
  };
}

function ok(result: TransitionResult): MeetingState {
  if (!result.ok) throw new Error(`refused: ${result.code}`);
  return result.state;
}

const byId = (state: MeetingState, id: string) => state.items.find((i) => i.id === id);

describe("taking up an item", () => {
  it("makes it the one under consideration and records when", () => {
    const state = ok(applyCommand(meeting(), { type: "take-up", itemId: "b" }, NOW));
    expect(state.currentItemId).toBe("b");
    expect(byId(state, "b")).toEqual(item("b", { status: "UNDER_CONSIDERATION", takenUpAt: NOW.toISOString() }));
    expect(state.revision).toBe(3);
  });

  it("sets the previous item aside as pending, keeping when it was first taken up, so it is continued later", () => {
    const first = ok(applyCommand(meeting(), { type: "take-up", itemId: "a" }, NOW));
    const second = ok(applyCommand(first, { type: "take-up", itemId: "b" }, LATER));
    expect(byId(second, "a")).toEqual(item("a", { takenUpAt: NOW.toISOString() }));
    const back = ok(applyCommand(second, { type: "take-up", itemId: "a" }, new Date("2031-05-01T10:00:00Z")));
    expect(byId(back, "a")?.takenUpAt).toBe(NOW.toISOString());
    expect(back.items.filter((i) => i.status === "UNDER_CONSIDERATION")).toHaveLength(1);
  });

  it("leaves a concluded item concluded when another is taken up", () => {
    let state = ok(applyCommand(meeting(), { type: "take-up", itemId: "a" }, NOW));
    state = ok(applyCommand(state, { type: "conclude", itemId: "a" }, NOW));
    state = ok(applyCommand(state, { type: "take-up", itemId: "b" }, LATER));
    expect(byId(state, "a")?.status).toBe("CONCLUDED");
  });

  it("refuses the current item, a finished item, and an item of another session", () => {
    const current = meeting({
      items: [item("a", { status: "UNDER_CONSIDERATION" }), item("b", { status: "DEFERRED" })],
    });
    expect(applyCommand(current, { type: "take-up", itemId: "a" }, NOW)).toEqual({
      ok: false,
      code: "already-current",
    });
    expect(applyCommand(current, { type: "take-up", itemId: "b" }, NOW)).toEqual({ ok: false, code: "item-concluded" });
    expect(applyCommand(current, { type: "take-up", itemId: "zz" }, NOW)).toEqual({
      ok: false,
      code: "item-not-in-session",
    });
  });
});

describe("outcomes", () => {
  for (const [type, status] of [
    ["adopt", "ADOPTED"],
    ["conclude", "CONCLUDED"],
    ["defer", "DEFERRED"],
  ] as const) {
    it(`${type} marks a pending or current item ${status} at that time`, () => {
      const fromPending = ok(applyCommand(meeting(), { type, itemId: "c" }, NOW));
      expect(byId(fromPending, "c")).toMatchObject({ status, concludedAt: NOW.toISOString() });
      const current = meeting({ items: [item("a", { status: "UNDER_CONSIDERATION", takenUpAt: "x" })] });
      const fromCurrent = ok(applyCommand(current, { type, itemId: "a" }, NOW));
      expect(fromCurrent.currentItemId).toBeNull();
      expect(byId(fromCurrent, "a")).toMatchObject({ status, takenUpAt: "x", concludedAt: NOW.toISOString() });
      expect(applyCommand(fromCurrent, { type, itemId: "a" }, LATER)).toEqual({ ok: false, code: "item-concluded" });
    });
  }

  it("reopen brings a finished item back under consideration and clears when it was concluded", () => {
    const state = meeting({
      items: [
        item("a", { status: "ADOPTED", takenUpAt: "t", concludedAt: "c" }),
        item("b", { status: "UNDER_CONSIDERATION" }),
      ],
    });
    const reopened = ok(applyCommand(state, { type: "reopen", itemId: "a" }, NOW));
    expect(byId(reopened, "a")).toEqual(item("a", { status: "UNDER_CONSIDERATION", takenUpAt: "t" }));
    expect(byId(reopened, "b")?.status).toBe("PENDING");
    expect(applyCommand(reopened, { type: "reopen", itemId: "b" }, NOW)).toEqual({
      ok: false,
      code: "item-not-concluded",
    });
  });
});

describe("adopting the agenda", () => {
  const adopt = (over: Partial<Extract<MeetingCommand, { type: "adopt-agenda" }>> = {}): MeetingCommand => ({
    type: "adopt-agenda",
    orallyAmended: false,
    note: null,
    adoptionItemId: "b",
    ...over,
  });

  it("adopts the session and its item 'Adoption of the agenda'", () => {
    const state = ok(applyCommand(meeting(), adopt(), NOW));
    expect(state).toMatchObject({ status: "ADOPTED", agendaAdoptedAt: NOW.toISOString(), orallyAmended: false });
    expect(byId(state, "b")).toMatchObject({ status: "ADOPTED", concludedAt: NOW.toISOString() });
  });

  it("keeps the chair's note only when adopted as orally amended", () => {
    const amended = ok(applyCommand(meeting(), adopt({ orallyAmended: true, note: "  Item 4 deleted. " }), NOW));
    expect(amended).toMatchObject({ orallyAmended: true, adoptionNote: "Item 4 deleted." });
    const plain = ok(applyCommand(meeting(), adopt({ note: "ignored" }), NOW));
    expect(plain.adoptionNote).toBeNull();
    const tooLong = adopt({ orallyAmended: true, note: "x".repeat(ADOPTION_NOTE_MAX + 1) });
    expect(applyCommand(meeting(), tooLong, NOW)).toEqual({ ok: false, code: "note-too-long" });
  });

  it("adopts the session even when no item is the adoption of the agenda", () => {
    const state = ok(applyCommand(meeting(), adopt({ adoptionItemId: null }), NOW));
    expect(state.status).toBe("ADOPTED");
    expect(state.items.every((i) => i.status === "PENDING")).toBe(true);
  });

  it("is refused once the agenda is adopted", () => {
    const state = ok(applyCommand(meeting(), adopt(), NOW));
    expect(applyCommand(state, adopt(), LATER)).toEqual({ ok: false, code: "agenda-already-adopted" });
  });
});

describe("suspension, closing and frozen sessions", () => {
  it("while suspended, only resuming or closing is possible", () => {
    const suspended = ok(applyCommand(meeting(), { type: "suspend" }, NOW));
    expect(suspended.suspendedAt).toBe(NOW.toISOString());
    for (const command of [
      { type: "take-up", itemId: "a" },
      { type: "conclude", itemId: "a" },
      { type: "suspend" },
      { type: "adopt-agenda", orallyAmended: false, note: null, adoptionItemId: null },
    ] as const)
      expect(applyCommand(suspended, command, LATER)).toEqual({ ok: false, code: "suspended" });
    expect(ok(applyCommand(suspended, { type: "resume" }, LATER)).suspendedAt).toBeNull();
    expect(ok(applyCommand(suspended, { type: "close" }, LATER))).toMatchObject({
      status: "CLOSED",
      suspendedAt: null,
    });
  });

  it("resume is refused when the meeting is not suspended", () => {
    expect(applyCommand(meeting(), { type: "resume" }, NOW)).toEqual({ ok: false, code: "not-suspended" });
  });

  it("closing leaves no item under consideration and freezes everything", () => {
    const current = ok(applyCommand(meeting(), { type: "take-up", itemId: "a" }, NOW));
    const closed = ok(applyCommand(current, { type: "close" }, LATER));
    expect(closed.currentItemId).toBeNull();
    expect(byId(closed, "a")).toEqual(item("a", { takenUpAt: NOW.toISOString() }));
    for (const command of [{ type: "take-up", itemId: "b" }, { type: "resume" }, { type: "close" }] as const)
      expect(applyCommand(closed, command, LATER)).toEqual({ ok: false, code: "session-closed" });
  });

  it("a session never published cannot be conducted", () => {
    expect(applyCommand(meeting({ status: "DRAFT" }), { type: "take-up", itemId: "a" }, NOW)).toEqual({
      ok: false,
      code: "session-draft",
    });
  });
});
