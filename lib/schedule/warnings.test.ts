import { describe, expect, it } from "vitest";
import { scheduleWarnings, type ScheduleFacts } from "./warnings";

// The reference session: items 1 (1(a), 1(b)), 2, 3, 4, 5 in four slots over two days.
const items = [
  { id: "1", parentId: null, position: 1 },
  { id: "1a", parentId: "1", position: 1 },
  { id: "1b", parentId: "1", position: 2 },
  { id: "2", parentId: null, position: 2 },
  { id: "3", parentId: null, position: 3 },
  { id: "4", parentId: null, position: 4 },
  { id: "5", parentId: null, position: 5 },
];
const reference: ScheduleFacts = {
  startDate: "2018-07-02",
  endDate: "2018-07-03",
  plenaryMeetings: 4,
  items,
  slots: [
    { id: "s1", date: "2018-07-02", startMinutes: 600, endMinutes: 780, itemIds: ["1a", "1b", "2"] },
    { id: "s2", date: "2018-07-02", startMinutes: 900, endMinutes: 1080, itemIds: ["2", "3"] },
    { id: "s3", date: "2018-07-03", startMinutes: 600, endMinutes: 780, itemIds: ["3"] },
    { id: "s4", date: "2018-07-03", startMinutes: 900, endMinutes: 1080, itemIds: ["4", "5"] },
  ],
};

describe("scheduleWarnings", () => {
  it("finds nothing wrong with the reference session's plan", () => {
    expect(scheduleWarnings(reference)).toEqual([]);
  });

  it("names every item that is in no slot", () => {
    const slots = reference.slots.map((s) => (s.id === "s4" ? { ...s, itemIds: ["5"] } : s));
    expect(scheduleWarnings({ ...reference, slots })).toEqual([{ code: "item-unscheduled", itemId: "4" }]);
  });

  it("warns when an item is taken up before an earlier one first appears", () => {
    const slots = reference.slots.map((s) =>
      s.id === "s1" ? { ...s, itemIds: ["1a", "1b", "3"] } : s.id === "s2" ? { ...s, itemIds: ["2"] } : s,
    );
    expect(scheduleWarnings({ ...reference, slots })).toContainEqual({
      code: "item-out-of-order",
      itemId: "3",
      beforeItemId: "2",
    });
  });

  it("warns about overlapping slots, slots outside the dates and more slots than meetings", () => {
    const slots = [
      ...reference.slots,
      { id: "s5", date: "2018-07-03", startMinutes: 1020, endMinutes: 1140, itemIds: [] },
      { id: "s6", date: "2018-07-04", startMinutes: 600, endMinutes: 780, itemIds: [] },
    ];
    const warnings = scheduleWarnings({ ...reference, slots });
    expect(warnings).toContainEqual({ code: "slots-overlap", slotId: "s4", otherSlotId: "s5" });
    expect(warnings).toContainEqual({ code: "slot-outside-dates", slotId: "s6" });
    expect(warnings).toContainEqual({ code: "too-many-slots", slots: 6, plenaryMeetings: 4 });
  });
});
