import { zonedClockFormat } from "../i18n/zoned-clock";
import { serialize } from "./ical-text";

/**
 * A VTIMEZONE for an IANA zone, computed from the platform's own time-zone data (Intl) for the years a calendar
 * covers, so a calendar app reads each event at the venue's local time even where it does not know the zone's
 * name. Each change of offset is written out as its own observance (no recurrence rules to get wrong).
 */

/** Minutes the zone is ahead of UTC at an instant. */
export function offsetMinutes(timeZone: string, instant: number): number {
  const parts = zonedClockFormat(timeZone).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const local = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour") % 24, get("minute"), get("second"));
  return Math.round((local - Math.floor(instant / 1000) * 1000) / 60_000);
}

export function isKnownTimeZone(timeZone: string): boolean {
  try {
    zonedClockFormat(timeZone);
    return true;
  } catch {
    return false;
  }
}

export interface Transition {
  /** The instant the new offset starts, in milliseconds since the epoch. */
  at: number;
  from: number;
  to: number;
}

const HOUR = 3_600_000;

/** Every change of offset between two instants, found hour by hour and then to the minute. */
export function transitions(timeZone: string, start: number, end: number): Transition[] {
  const found: Transition[] = [];
  let previous = offsetMinutes(timeZone, start);
  // Six-hour steps: no zone changes its offset twice within six hours.
  for (let t = start; t < end; t += 6 * HOUR) {
    const next = Math.min(t + 6 * HOUR, end);
    const offset = offsetMinutes(timeZone, next);
    if (offset === previous) continue;
    let lo = t;
    let hi = next;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetMinutes(timeZone, mid) === previous) lo = mid;
      else hi = mid;
    }
    found.push({ at: hi, from: previous, to: offset });
    previous = offset;
  }
  return found;
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}${String(abs % 60).padStart(2, "0")}`;
}

/** The wall-clock time an instant shows at a given offset, as iCalendar writes a local DTSTART. */
function wallClock(instant: number, offset: number): string {
  return new Date(instant + offset * 60_000)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "");
}

/** The VTIMEZONE lines for a zone over the given years (a year on either side is added for safety). */
export function vtimezoneLines(timeZone: string, firstYear: number, lastYear: number): string[] {
  const start = Date.UTC(firstYear - 1, 0, 1);
  const end = Date.UTC(lastYear + 2, 0, 1);
  const initial = offsetMinutes(timeZone, start);
  const observance = (kind: "STANDARD" | "DAYLIGHT", at: number, from: number, to: number) => [
    `BEGIN:${kind}`,
    `DTSTART:${wallClock(at, from)}`,
    `TZOFFSETFROM:${offsetText(from)}`,
    `TZOFFSETTO:${offsetText(to)}`,
    `END:${kind}`,
  ];
  const lines = [`BEGIN:VTIMEZONE`, `TZID:${timeZone}`, ...observance("STANDARD", start, initial, initial)];
  for (const change of transitions(timeZone, start, end)) {
    lines.push(...observance(change.to > change.from ? "DAYLIGHT" : "STANDARD", change.at, change.from, change.to));
  }
  lines.push("END:VTIMEZONE");
  return lines;
}

export function vtimezone(timeZone: string, firstYear: number, lastYear: number): string {
  return serialize(vtimezoneLines(timeZone, firstYear, lastYear));
}

/** A local day and time at a venue as an ISO instant with the venue's offset: "2018-07-02T10:00:00+02:00". */
export function zonedIso(date: string, minutes: number, timeZone: string): string {
  const [y, m, d] = date.split("-").map(Number);
  const wall = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, Math.floor(minutes / 60), minutes % 60);
  let offset = 0;
  try {
    // The offset at the wall time read as UTC, corrected once: exact except within a change of offset.
    offset = offsetMinutes(timeZone, wall - offsetMinutes(timeZone, wall) * 60_000);
  } catch {
    offset = 0;
  }
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return `${date}T${hh}:${mm}:00${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}
