import { describe, expect, it } from "vitest";
import { consolePlan, zonedClock, type ConsoleItem, type PlanSlot } from "./console-plan";
import type { MeetingState } from "./types";

const items: ConsoleItem[] = [
  { id: "1", parentId: null, number: "1", depth: 1, title: null },
  { id: "1a", parentId: "1", number: "1(a)", depth: 2, title: null },
  { id: "1b", parentId: "1", number: "1(b)", depth: 2, title: null },
  { id: "2", parentId: null, number: "2", depth: 1, title: null },
  { id: "3", parentId: null, number: "3", depth: 1, title: null },
];

const slots: PlanSlot[] = [
  { id: "m1", date: "2018-07-02", startMinutes: 600, endMinutes: 780, itemIds: ["1", "2"] },
  { id: "a1", date: "2018-07-02", startMinutes: 900, endMinutes: 1080, itemIds: ["3"] },
  { id: "m2", date: "2018-07-03", startMinutes: 600, endMinutes: 780, itemIds: ["3"] },
];

function state(current: string | null, finished: string[] = []): MeetingState {
  return {
    sessionId: "s",
    revision: 1,
    status: "ADOPTED",
    suspendedAt: null,
    agendaAdoptedAt: null,
    orallyAmended: false,
    adoptionNote: null,
    currentItemId: current,
    items: items.map((item) => ({
      id: item.id,
      status: item.id === current ? "UNDER_CONSIDERATION" : finished.includes(item.id) ? "CONCLUDED" : "PENDING",
      takenUpAt: null,
      concludedAt: null,
    })),
  };
}

// 10.30 a.m. in Vienna on 2 July 2018 (summer time, UTC+2).
const MORNING = new Date("2018-07-02T08:30:00Z");

describe("the console's plan", () => {
  it("reads today and the time in the session's zone, not the server's", () => {
    expect(zonedClock(new Date("2018-07-02T23:30:00Z"), "Europe/Vienna")).toEqual({ date: "2018-07-03", minutes: 90 });
    expect(zonedClock(MORNING, "Not/AZone")).toEqual({ date: "2018-07-02", minutes: 510 });
  });

  it("lists today's slots, which one is running, and that item 3 is planned for this afternoon", () => {
    const plan = consolePlan(items, slots, state("3"), MORNING, "Europe/Vienna");
    expect(plan.todaySlots.map((s) => s.id)).toEqual(["m1", "a1"]);
    expect(plan.runningSlotId).toBe("m1");
    expect(plan.plannedFor).toEqual({ when: "today", period: "afternoon", startMinutes: 900, endMinutes: 1080 });
  });

  it("a sub-item is planned with its parent, and shows its parent as current", () => {
    const plan = consolePlan(items, slots, state("1b"), MORNING, "Europe/Vienna");
    expect(plan.currentParentId).toBe("1");
    expect(plan.plannedFor).toMatchObject({ when: "today", period: "morning" });
  });

  it("names another day when the item is planned only then", () => {
    const plan = consolePlan(items, slots, state("3"), new Date("2018-07-02T20:00:00Z"), "Europe/Vienna");
    expect(plan.plannedFor).toEqual({ when: "other-day", date: "2018-07-03", startMinutes: 600, endMinutes: 780 });
  });

  it("what comes next is the first pending item after the current one, never a parent of sub-items", () => {
    expect(consolePlan(items, slots, state(null), MORNING, "UTC").nextItemId).toBe("1a");
    expect(consolePlan(items, slots, state("1a"), MORNING, "UTC").nextItemId).toBe("1b");
    expect(consolePlan(items, slots, state("2", ["3"]), MORNING, "UTC").nextItemId).toBeNull();
  });
});
