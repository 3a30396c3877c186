import type { Locale } from "./locales";
import { intlTag } from "./format";
import { zonedClockFormat } from "./zoned-clock";

/**
 * Moments of a meeting (an item taken up, a suspension) shown as the UN writes times, in the session's own time
 * zone, whoever reads. Server and browser must print the same text (the page is rendered on one and updated on the
 * other), so only numbers are taken from Intl and the words are ours, as in formatTimeRange.
 */

/** The calendar day ("2018-07-02") and minutes after midnight of an instant in a time zone; UTC if the zone is unknown. */
export function zonedMoment(iso: string, timeZone: string): { day: string; minutes: number } | null {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return null;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = zonedClockFormat(timeZone).formatToParts(instant);
  } catch {
    parts = zonedClockFormat("UTC").formatToParts(instant);
  }
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? "00";
  return {
    day: `${get("year")}-${get("month")}-${get("day")}`,
    minutes: (Number(get("hour")) % 24) * 60 + Number(get("minute")),
  };
}

/** "10.05 a.m.", "noon", "上午 10 时 5 分", "10:05". */
export function formatClockTime(minutes: number, locale: Locale): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  if (locale === "en") {
    if (h === 12 && m === 0) return "noon";
    if (h === 0 && m === 0) return "midnight";
    const hour12 = h % 12 === 0 ? 12 : h % 12;
    return `${m === 0 ? hour12 : `${hour12}.${String(m).padStart(2, "0")}`} ${h < 12 ? "a.m." : "p.m."}`;
  }
  if (locale === "zh") {
    const hour12 = h % 12 === 0 ? 12 : h % 12;
    return `${h < 12 ? "上午" : "下午"} ${hour12} 时${m === 0 ? "" : ` ${m} 分`}`;
  }
  return `${h}:${String(m).padStart(2, "0")}`;
}

const MONTHS = new Map<Locale, string[]>();

function monthNames(locale: Locale): string[] {
  let names = MONTHS.get(locale);
  if (!names) {
    const format = new Intl.DateTimeFormat(intlTag(locale), { month: "long", day: "numeric", timeZone: "UTC" });
    names = Array.from({ length: 12 }, (_, month) => format.format(new Date(Date.UTC(2018, month, 15))));
    MONTHS.set(locale, names);
  }
  return names;
}

/** "2 July", "7月2日", "2 juillet": the day without its year, for moments within a session's few days. */
export function formatShortDay(day: string, locale: Locale): string {
  const [, month, date] = day.split("-").map(Number);
  if (!month || !date) return day;
  if (locale === "zh") return `${month}月${date}日`;
  // Intl's "15 July" for the month's name, with our own day number: the same text on every ICU.
  return monthNames(locale)[month - 1]!.replace(/\d+/u, String(date));
}

/** A moment of the meeting; with its day when the session lasts several days ("2 July, 10.05 a.m."). */
export function formatMeetingMoment(iso: string, timeZone: string, locale: Locale, withDay: boolean): string {
  const moment = zonedMoment(iso, timeZone);
  if (!moment) return "";
  const time = formatClockTime(moment.minutes, locale);
  if (!withDay) return time;
  const day = formatShortDay(moment.day, locale);
  if (locale === "zh") return `${day}${time}`;
  return `${day}${locale === "ar" ? "، " : ", "}${time}`;
}

/** The time of day of an instant in the session's zone: "10.05 a.m.", "上午 10 时 5 分", "10:05". */
export function formatTimeOfInstant(iso: string, timeZone: string, locale: Locale): string {
  return formatMeetingMoment(iso, timeZone, locale, false);
}
