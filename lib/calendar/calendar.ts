import { escapeText, localDateTime, serialize, utcDateTime } from "./ical-text";
import { isKnownTimeZone, vtimezoneLines } from "./vtimezone";

/** One meeting as a calendar shows it: a slot of a session's organization of work, at the venue's local time. */
export interface CalendarEvent {
  /** Stable across edits of the slot, so a calendar app replaces the event instead of adding another. */
  uid: string;
  /** "YYYY-MM-DD" in the session's time zone */
  date: string;
  startMinutes: number;
  endMinutes: number;
  timeZone: string;
  summary: string;
  location: string;
  description: string;
  /** When the slot last changed: the event's DTSTAMP and LAST-MODIFIED. */
  updatedAt: Date;
  url?: string;
}

/** A whole iCalendar feed: one VTIMEZONE per zone used, then the events in the order given. */
export function buildCalendar(name: string, events: CalendarEvent[]): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Plenary//Sessions//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(name)}`,
    // A hint to calendar apps on how often to fetch a subscribed feed again.
    "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
    "X-PUBLISHED-TTL:PT1H",
  ];
  const zones = new Map<string, { first: number; last: number }>();
  for (const event of events) {
    if (!isKnownTimeZone(event.timeZone)) continue;
    const year = Number(event.date.slice(0, 4));
    const zone = zones.get(event.timeZone) ?? { first: year, last: year };
    zones.set(event.timeZone, { first: Math.min(zone.first, year), last: Math.max(zone.last, year) });
  }
  for (const [zone, years] of zones) lines.push(...vtimezoneLines(zone, years.first, years.last));
  for (const event of events) lines.push(...eventLines(event, zones.has(event.timeZone)));
  lines.push("END:VCALENDAR");
  return serialize(lines);
}

function eventLines(event: CalendarEvent, knownZone: boolean): string[] {
  // A zone the platform does not know is written as UTC rather than as a TZID no VTIMEZONE defines.
  const zone = knownZone ? `;TZID=${event.timeZone}` : "";
  return [
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `DTSTAMP:${utcDateTime(event.updatedAt)}`,
    `LAST-MODIFIED:${utcDateTime(event.updatedAt)}`,
    `DTSTART${zone}:${localDateTime(event.date, event.startMinutes)}${knownZone ? "" : "Z"}`,
    `DTEND${zone}:${localDateTime(event.date, event.endMinutes)}${knownZone ? "" : "Z"}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    "STATUS:CONFIRMED",
    "TRANSP:OPAQUE",
    "END:VEVENT",
  ];
}
