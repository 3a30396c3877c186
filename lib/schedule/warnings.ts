import { orderedItems } from "../agenda/numbering";
import { compareSlots } from "./continued";

/**
 * Problems in an organization of work that the secretariat should see before publishing. They never block
 * saving: a plan is often incomplete while it is being made.
 */
export type ScheduleWarning =
  | { code: "item-unscheduled"; itemId: string }
  /** `itemId` is taken up before `beforeItemId`, which comes earlier on the agenda. */
  | { code: "item-out-of-order"; itemId: string; beforeItemId: string }
  | { code: "slots-overlap"; slotId: string; otherSlotId: string }
  | { code: "slot-outside-dates"; slotId: string }
  | { code: "too-many-slots"; slots: number; plenaryMeetings: number };

export interface ScheduleFacts {
  startDate: string;
  endDate: string;
  plenaryMeetings: number;
  items: Array<{ id: string; parentId: string | null; position: number }>;
  slots: Array<{ id: string; date: string; startMinutes: number; endMinutes: number; itemIds: string[] }>;
}

export function scheduleWarnings(facts: ScheduleFacts): ScheduleWarning[] {
  const warnings: ScheduleWarning[] = [];
  const slots = [...facts.slots].sort(compareSlots);
  const agenda = orderedItems(facts.items);

  // Where each item is first taken up, as (slot index, place in slot).
  const firstSeen = new Map<string, number>();
  slots.forEach((slot, slotIndex) =>
    slot.itemIds.forEach((itemId, place) => {
      if (!firstSeen.has(itemId)) firstSeen.set(itemId, slotIndex * 10_000 + place);
    }),
  );

  // Scheduling an item covers its sub-items, and scheduling a sub-item covers its parent.
  const parentOf = new Map(facts.items.map((item) => [item.id, item.parentId]));
  const covered = new Set<string>();
  for (const id of firstSeen.keys()) {
    for (let cursor: string | null | undefined = id; cursor; cursor = parentOf.get(cursor)) covered.add(cursor);
  }
  for (const item of agenda) {
    let ancestor: string | null | undefined = item.parentId;
    let byAncestor = false;
    for (; ancestor; ancestor = parentOf.get(ancestor)) if (firstSeen.has(ancestor)) byAncestor = true;
    if (!covered.has(item.id) && !byAncestor) warnings.push({ code: "item-unscheduled", itemId: item.id });
  }

  const scheduled = agenda.filter((item) => firstSeen.has(item.id));
  for (let i = 1; i < scheduled.length; i++) {
    const previous = scheduled[i - 1];
    const current = scheduled[i];
    if (previous && current && (firstSeen.get(current.id) ?? 0) < (firstSeen.get(previous.id) ?? 0)) {
      warnings.push({ code: "item-out-of-order", itemId: current.id, beforeItemId: previous.id });
    }
  }

  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i];
    if (!slot) continue;
    if (slot.date < facts.startDate || slot.date > facts.endDate)
      warnings.push({ code: "slot-outside-dates", slotId: slot.id });
    for (let j = i + 1; j < slots.length; j++) {
      const other = slots[j];
      if (
        other &&
        other.date === slot.date &&
        other.startMinutes < slot.endMinutes &&
        slot.startMinutes < other.endMinutes
      ) {
        warnings.push({ code: "slots-overlap", slotId: slot.id, otherSlotId: other.id });
      }
    }
  }

  if (facts.plenaryMeetings > 0 && slots.length > facts.plenaryMeetings) {
    warnings.push({ code: "too-many-slots", slots: slots.length, plenaryMeetings: facts.plenaryMeetings });
  }
  return warnings;
}
