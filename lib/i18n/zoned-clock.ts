/**
 * The wall clock of a time zone as numbers (year … second, 24-hour), one cached Intl formatter per zone: the
 * calendar's offsets and the meeting's moments both read instants this way. Throws for an unknown zone.
 */
const FORMATS = new Map<string, Intl.DateTimeFormat>();

export function zonedClockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = FORMATS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    FORMATS.set(timeZone, format);
  }
  return format;
}
