import { describe, expect, it } from "vitest";
import { currentItemPath, meetingChanges } from "./meeting-changes";
import type { MeetingState } from "./types";

const base: MeetingState = {
  sessionId: "s",
  revision: 1,
  status: "PROVISIONAL",
  suspendedAt: null,
  agendaAdoptedAt: null,
  orallyAmended: false,
  adoptionNote: null,
  currentItemId: null,
  items: [
    { id: "1", status: "PENDING", takenUpAt: null, concludedAt: null },
    { id: "1a", status: "PENDING", takenUpAt: null, concludedAt: null },
    { id: "2", status: "PENDING", takenUpAt: null, concludedAt: null },
  ],
};

function next(change: Partial<MeetingState>, statuses: Record<string, MeetingState["items"][number]["status"]> = {}) {
  return {
    ...base,
    ...change,
    revision: base.revision + 1,
    items: base.items.map((item) => ({ ...item, status: statuses[item.id] ?? item.status })),
  };
}

describe("what a reader hears when the meeting moves on", () => {
  it("says which item is taken up", () => {
    expect(meetingChanges(base, next({ currentItemId: "2" }, { 2: "UNDER_CONSIDERATION" }))).toEqual([
      { kind: "taken-up", itemId: "2" },
    ]);
  });

  it("says the outcome first, then the next item, when the chair moves on", () => {
    const before = next({ currentItemId: "1a" }, { "1a": "UNDER_CONSIDERATION" });
    const after = { ...next({ currentItemId: "2" }, { "1a": "ADOPTED", 2: "UNDER_CONSIDERATION" }), revision: 3 };
    expect(meetingChanges(before, after)).toEqual([
      { kind: "outcome", itemId: "1a", status: "ADOPTED" },
      { kind: "taken-up", itemId: "2" },
    ]);
  });

  it("announces the adoption of the agenda, suspension and closing", () => {
    expect(meetingChanges(base, next({ status: "ADOPTED", orallyAmended: true }))).toEqual([
      { kind: "agenda-adopted", orallyAmended: true },
    ]);
    expect(meetingChanges(base, next({ suspendedAt: "2018-07-02T10:00:00Z" }))).toEqual([{ kind: "suspended" }]);
    expect(meetingChanges(base, next({ status: "CLOSED" }))).toEqual([{ kind: "closed" }]);
  });

  it("says nothing for an older or the same state, so a late event never repeats the past", () => {
    const later = next({ currentItemId: "2" }, { 2: "UNDER_CONSIDERATION" });
    expect(meetingChanges(later, base)).toEqual([]);
    expect(meetingChanges(later, later)).toEqual([]);
  });
});

describe("the item under consideration", () => {
  const parents = new Map<string, string | null>([
    ["1", null],
    ["1a", "1"],
    ["2", null],
  ]);
  it("shows a sub-item with its parent", () => {
    expect(currentItemPath({ currentItemId: "1a" }, parents)).toEqual(["1", "1a"]);
    expect(currentItemPath({ currentItemId: "2" }, parents)).toEqual(["2"]);
    expect(currentItemPath({ currentItemId: null }, parents)).toEqual([]);
  });
});
