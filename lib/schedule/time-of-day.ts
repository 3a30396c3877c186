import { addDays } from "../validation/dates";

/**
 * Slot times are typed as 24-hour "HH:MM" and stored as minutes after midnight, local to the venue (the
 * session's time zone), so a plan reads the same wherever the secretariat edits it.
 */

const TIME_OF_DAY = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** "10:00" → 600, "9:30" → 570; null for anything that is not a time of day. */
export function parseTimeOfDay(text: string): number | null {
  const match = TIME_OF_DAY.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** 570 → "09:30": the form an HH:MM input shows. */
export function formatTimeOfDay(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

/** The usual UN meeting day: 10 a.m.–1 p.m. and 3–6 p.m. */
export const DEFAULT_DAY_SLOTS: ReadonlyArray<{ startMinutes: number; endMinutes: number }> = [
  { startMinutes: 600, endMinutes: 780 },
  { startMinutes: 900, endMinutes: 1080 },
];

export type DayPeriod = "morning" | "afternoon" | "evening";

/** Which part of the day a slot belongs to, by its start: the programme of work calls them 上午/下午. */
export function dayPeriod(startMinutes: number): DayPeriod {
  if (startMinutes < 720) return "morning";
  return startMinutes < 1080 ? "afternoon" : "evening";
}

/**
 * The day to offer for "add a day": the first day of the session without slots; when every day has some,
 * the day after the last planned one, so an extended session can still be planned.
 */
export function nextFreeDay(startDate: string, endDate: string, usedDates: Iterable<string>): string {
  const used = new Set(usedDates);
  // Bounded: a stored row may hold dates no form accepts, and addDays gives "" for what is not a date.
  for (let day = startDate, count = 0; day !== "" && day <= endDate && count < 1000; day = addDays(day, 1), count++) {
    if (!used.has(day)) return day;
  }
  const last = [...used, endDate].sort().at(-1) ?? endDate;
  return addDays(last, 1);
}
