/**
 * Organization of work: when an agenda item is taken up again in a later meeting,
 * UN programmes of work show it as "(continued)" there (zh "（续）", fr "(suite)").
 * The label text lives in lib/i18n/messages/<locale>/schedule.json under "continued".
 */

export interface ScheduleSlot {
  /** ISO calendar date, "YYYY-MM-DD", so that string order is chronological */
  date: string;
  /** minutes after midnight, local to the venue */
  startMinutes: number;
  itemIds: readonly string[];
}

export interface ContinuedEntry {
  itemId: string;
  continued: boolean;
}

export function compareSlots(a: ScheduleSlot, b: ScheduleSlot): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.startMinutes - b.startMinutes;
}

/**
 * Returns the slots in chronological order (slots at the same time keep their input order),
 * each with its items marked continued when an earlier slot already took them up.
 * An item listed twice in one slot is not continued there: it is still its first meeting.
 */
export function markContinued<S extends ScheduleSlot>(slots: readonly S[]): Array<S & { entries: ContinuedEntry[] }> {
  const seen = new Set<string>();
  return [...slots].sort(compareSlots).map((slot) => {
    const entries = slot.itemIds.map((itemId) => ({ itemId, continued: seen.has(itemId) }));
    for (const itemId of slot.itemIds) seen.add(itemId);
    return { ...slot, entries };
  });
}
