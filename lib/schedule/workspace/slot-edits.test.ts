import { describe, expect, it } from "vitest";
import { adjacentSlot, applySlotEdit, chronological, type PlannedSlot } from "./slot-edits";

// Listed out of order on purpose: edits follow the programme's order, not the array's.
const plan: PlannedSlot[] = [
  { id: "tue-am", date: "2018-07-03", startMinutes: 600, itemIds: ["3"] },
  { id: "mon-pm", date: "2018-07-02", startMinutes: 900, itemIds: ["2", "3"] },
  { id: "mon-am", date: "2018-07-02", startMinutes: 600, itemIds: ["1", "2"] },
];

describe("chronological and adjacentSlot", () => {
  it("walk the plan by date and time across days", () => {
    expect(chronological(plan).map((s) => s.id)).toEqual(["mon-am", "mon-pm", "tue-am"]);
    expect(adjacentSlot(plan, "mon-pm", 1)?.id).toBe("tue-am");
    expect(adjacentSlot(plan, "mon-pm", -1)?.id).toBe("mon-am");
    expect(adjacentSlot(plan, "mon-am", -1)).toBeNull();
    expect(adjacentSlot(plan, "tue-am", 1)).toBeNull();
  });
});

describe("applySlotEdit", () => {
  it("adds an item at the end of a slot, once", () => {
    expect(applySlotEdit(plan, { kind: "add", slotId: "tue-am", itemId: "4" })).toEqual([
      { id: "tue-am", itemIds: ["3", "4"] },
    ]);
    expect(applySlotEdit(plan, { kind: "add", slotId: "tue-am", itemId: "3" })).toEqual([]);
  });

  it("removes an item from one slot only", () => {
    expect(applySlotEdit(plan, { kind: "remove", slotId: "mon-pm", itemId: "3" })).toEqual([
      { id: "mon-pm", itemIds: ["2"] },
    ]);
  });

  it("moves an item up or down within its slot, not past either end", () => {
    expect(applySlotEdit(plan, { kind: "move", slotId: "mon-am", itemId: "2", delta: -1 })).toEqual([
      { id: "mon-am", itemIds: ["2", "1"] },
    ]);
    expect(applySlotEdit(plan, { kind: "move", slotId: "mon-am", itemId: "1", delta: 1 })).toEqual([
      { id: "mon-am", itemIds: ["2", "1"] },
    ]);
    expect(applySlotEdit(plan, { kind: "move", slotId: "mon-am", itemId: "1", delta: -1 })).toEqual([]);
    expect(applySlotEdit(plan, { kind: "move", slotId: "mon-am", itemId: "2", delta: 1 })).toEqual([]);
  });

  it("moves an item forward to open the next slot, even on the next day", () => {
    expect(applySlotEdit(plan, { kind: "transfer", slotId: "mon-pm", itemId: "2", direction: 1 })).toEqual([
      { id: "mon-pm", itemIds: ["3"] },
      { id: "tue-am", itemIds: ["2", "3"] },
    ]);
  });

  it("moves an item back to close the previous slot", () => {
    expect(applySlotEdit(plan, { kind: "transfer", slotId: "tue-am", itemId: "3", direction: -1 })).toEqual([
      { id: "tue-am", itemIds: [] },
    ]);
    expect(applySlotEdit(plan, { kind: "transfer", slotId: "mon-pm", itemId: "3", direction: -1 })).toEqual([
      { id: "mon-pm", itemIds: ["2"] },
      { id: "mon-am", itemIds: ["1", "2", "3"] },
    ]);
  });

  it("only takes the item out of its slot when the other slot already has it", () => {
    expect(applySlotEdit(plan, { kind: "transfer", slotId: "mon-am", itemId: "2", direction: 1 })).toEqual([
      { id: "mon-am", itemIds: ["1"] },
    ]);
  });

  it("changes nothing past the ends of the plan or for unknown slots and items", () => {
    expect(applySlotEdit(plan, { kind: "transfer", slotId: "mon-am", itemId: "1", direction: -1 })).toEqual([]);
    expect(applySlotEdit(plan, { kind: "transfer", slotId: "tue-am", itemId: "3", direction: 1 })).toEqual([]);
    expect(applySlotEdit(plan, { kind: "remove", slotId: "nowhere", itemId: "1" })).toEqual([]);
    expect(applySlotEdit(plan, { kind: "remove", slotId: "mon-am", itemId: "9" })).toEqual([]);
  });
});
