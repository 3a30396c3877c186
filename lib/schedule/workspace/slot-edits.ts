import { compareSlots } from "../continued";

/**
 * The editor's changes to the order of work as pure functions of the current plan: each edit yields the new
 * ordered item lists of the one or two slots it touches, which the page then saves together.
 */

export interface PlannedSlot {
  id: string;
  date: string;
  startMinutes: number;
  itemIds: readonly string[];
}

export type SlotEdit =
  | { kind: "add"; slotId: string; itemId: string }
  | { kind: "remove"; slotId: string; itemId: string }
  /** Up (-1) or down (+1) within the slot. */
  | { kind: "move"; slotId: string; itemId: string; delta: -1 | 1 }
  /** To the previous (-1) or next (+1) slot of the plan, across days. */
  | { kind: "transfer"; slotId: string; itemId: string; direction: -1 | 1 };

export interface SlotChange {
  id: string;
  itemIds: string[];
}

/** Slots in the order the programme of work prints them. */
export function chronological<S extends PlannedSlot>(slots: readonly S[]): S[] {
  return [...slots].sort((a, b) => compareSlots(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The slot before (-1) or after (+1) `slotId`, or null at either end of the plan. */
export function adjacentSlot<S extends PlannedSlot>(slots: readonly S[], slotId: string, direction: -1 | 1): S | null {
  const ordered = chronological(slots);
  const index = ordered.findIndex((slot) => slot.id === slotId);
  if (index < 0) return null;
  return ordered[index + direction] ?? null;
}

/** The changed slots, or an empty list when the edit changes nothing (an impossible move, a duplicate). */
export function applySlotEdit(slots: readonly PlannedSlot[], edit: SlotEdit): SlotChange[] {
  const slot = slots.find((s) => s.id === edit.slotId);
  if (!slot) return [];
  const list = [...slot.itemIds];
  const index = list.indexOf(edit.itemId);

  if (edit.kind === "add") {
    return index >= 0 ? [] : [{ id: slot.id, itemIds: [...list, edit.itemId] }];
  }
  if (index < 0) return [];
  if (edit.kind === "remove") {
    return [{ id: slot.id, itemIds: list.filter((id) => id !== edit.itemId) }];
  }
  if (edit.kind === "move") {
    const target = index + edit.delta;
    if (target < 0 || target >= list.length) return [];
    [list[index], list[target]] = [list[target] as string, list[index] as string];
    return [{ id: slot.id, itemIds: list }];
  }

  const other = adjacentSlot(slots, slot.id, edit.direction);
  if (!other) return [];
  const rest = list.filter((id) => id !== edit.itemId);
  // An item already taken up in the other slot stays where it is there; it only leaves this one.
  if (other.itemIds.includes(edit.itemId)) return [{ id: slot.id, itemIds: rest }];
  // Going forward the item opens the next meeting; going back it closes the previous one.
  const moved = edit.direction === 1 ? [edit.itemId, ...other.itemIds] : [...other.itemIds, edit.itemId];
  return [
    { id: slot.id, itemIds: rest },
    { id: other.id, itemIds: moved },
  ];
}
