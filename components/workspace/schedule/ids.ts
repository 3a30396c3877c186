/** Element ids of the editor's controls, shared so that focus can be sent to them after a change. */
export const slotId = (slot: string) => `slot-${slot}`;
export const slotHeadingId = (slot: string) => `slot-${slot}-heading`;
export const itemRowId = (slot: string, item: string) => `slot-${slot}-item-${item}`;
export const itemControlId = (slot: string, item: string, control: ItemControl) =>
  `slot-${slot}-item-${item}-${control}`;
export const addItemId = (slot: string) => `slot-${slot}-add`;
export const editTimesId = (slot: string) => `slot-${slot}-edit`;
export const deleteSlotId = (slot: string) => `slot-${slot}-delete`;
export const dayHeadingId = (date: string) => `day-${date}-heading`;
export const SCHEDULE_HEADING_ID = "schedule-heading";

export type ItemControl = "up" | "down" | "previous" | "next" | "remove";
