import { zonedMoment } from "../i18n/format-instant";
import { dayPeriod, type DayPeriod } from "../schedule/time-of-day";
import type { MeetingState } from "./types";

/** One agenda item as the console lists it, in agenda order. */
export interface ConsoleItem {
  id: string;
  parentId: string | null;
  number: string;
  depth: number;
  title: { text: string; lang: string } | null;
}

export interface PlanSlot {
  id: string;
  date: string;
  startMinutes: number;
  endMinutes: number;
  itemIds: string[];
}

/** Where the current item stands against the organization of work. */
export type PlannedFor =
  | { when: "today"; period: DayPeriod; startMinutes: number; endMinutes: number }
  | { when: "other-day"; date: string; startMinutes: number; endMinutes: number }
  | null;

export interface ConsolePlan {
  /** "YYYY-MM-DD" in the session's time zone. */
  today: string;
  todaySlots: PlanSlot[];
  /** The slot of today that is running now, if any. */
  runningSlotId: string | null;
  /** The item taken up, and its parent when it is a sub-item (the agenda cites "1(b)" under "1"). */
  currentId: string | null;
  currentParentId: string | null;
  plannedFor: PlannedFor;
  nextItemId: string | null;
}

/** The day and minute of the day an instant falls on in a time zone (UTC for a zone this ICU does not know). */
export function zonedClock(now: Date, timeZone: string): { date: string; minutes: number } {
  const moment = zonedMoment(now.toISOString(), timeZone) ?? { day: "", minutes: 0 };
  return { date: moment.day, minutes: moment.minutes };
}

/** The first pending item after the current one in agenda order (from the top when nothing is current). */
function nextItem(items: readonly ConsoleItem[], state: MeetingState): string | null {
  const status = new Map(state.items.map((item) => [item.id, item.status]));
  const start = state.currentItemId ? items.findIndex((item) => item.id === state.currentItemId) + 1 : 0;
  const parents = new Set(items.map((item) => item.parentId));
  // An item with sub-items is taken up through them; it is not "next" itself.
  const candidates = items.slice(start).filter((item) => !parents.has(item.id));
  return candidates.find((item) => status.get(item.id) === "PENDING")?.id ?? null;
}

function plannedFor(slots: readonly PlanSlot[], ids: string[], today: string, minutes: number): PlannedFor {
  const planned = slots.filter((slot) => slot.itemIds.some((id) => ids.includes(id)));
  // A slot of today still to come (or running) first; then the next day that plans it; else the last one planned.
  const todays = planned.filter((slot) => slot.date === today);
  const slot =
    todays.find((s) => s.endMinutes > minutes) ??
    planned.find((s) => s.date > today) ??
    todays.at(-1) ??
    planned.at(-1);
  if (!slot) return null;
  const times = { startMinutes: slot.startMinutes, endMinutes: slot.endMinutes };
  return slot.date === today
    ? { when: "today", period: dayPeriod(slot.startMinutes), ...times }
    : { when: "other-day", date: slot.date, ...times };
}

/** What the console shows beside the agenda: today's slots, where the meeting stands, what comes next. */
export function consolePlan(
  items: readonly ConsoleItem[],
  slots: readonly PlanSlot[],
  state: MeetingState,
  now: Date,
  timeZone: string,
): ConsolePlan {
  const clock = zonedClock(now, timeZone);
  const todaySlots = slots.filter((slot) => slot.date === clock.date);
  const running = todaySlots.find((slot) => slot.startMinutes <= clock.minutes && clock.minutes < slot.endMinutes);
  const current = items.find((item) => item.id === state.currentItemId) ?? null;
  const ids = current ? [current.id, ...(current.parentId ? [current.parentId] : [])] : [];
  return {
    today: clock.date,
    todaySlots,
    runningSlotId: running?.id ?? null,
    currentId: current?.id ?? null,
    currentParentId: current?.parentId ?? null,
    plannedFor: current ? plannedFor(slots, ids, clock.date, clock.minutes) : null,
    nextItemId: nextItem(items, state),
  };
}
