// Calendar-day arithmetic without zod: client components format dates with it, and zod is 30 kB of JavaScript.

/**
 * Calendar dates ("2018-07-02") as every form and import sends them. The years are bounded because a
 * session in year 9999 can be stored but not shifted, duplicated or shown, and year 0000 does not exist
 * in PostgreSQL: both would otherwise fail after validation. The United Nations' own meetings start in 1945.
 */
export const MIN_YEAR = 1945;
export const MAX_YEAR = 2200;

export function isDateInRange(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/**
 * "2018-07-02" for a stored date, whatever the year: rows written before the bounds existed (or by hand)
 * must still show. Years beyond 9999 keep ISO's expanded form ("+010000-01-01"); an invalid date gives "".
 */
export function isoDay(date: Date): string {
  if (Number.isNaN(date.getTime())) return "";
  const iso = date.toISOString();
  return iso.slice(0, iso.indexOf("T"));
}

/** Moves a calendar date by whole days ("2018-07-02" + 365 → "2019-07-02"); "" when the date cannot be read. */
export function addDays(iso: string, days: number): string {
  const date = parseIsoDay(iso);
  if (!date) return "";
  date.setUTCDate(date.getUTCDate() + days);
  return isoDay(date);
}

/** The UTC midnight of "2018-07-02" (also "+010000-01-01"), or null when it is not a date. */
export function parseIsoDay(iso: string): Date | null {
  const match = /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? null : date;
}
