/**
 * Clock times and meeting slots: "10 a.m.–1 p.m.", "3–6 p.m.", "10 a.m. to 1 p.m.",
 * "上午 10 时至下午 1 时", "下午 3 时至 6 时", "10 heures-13 heures", "10.00 a 13.00 horas",
 * "10 час. 00 мин. – 13 час. 00 мин.". A bare number is never a time: it needs a unit,
 * minutes, a.m./p.m. or a Chinese period word, because annex lines also start with item numbers.
 */

type Suffix = "am" | "pm" | "noon" | null;
type ClockTime = { h: number; min: number; suffix: Suffix; explicit: boolean };

const CLOCK =
  String.raw`(上午|下午|中午|晚上|早上|凌晨)?\s*(?<![\d./])(\d{1,2})(?:[.:](\d{2}))?` +
  String.raw`(?:\s*(?:(时|点|點)(?:\s*(\d{1,2})\s*分)?|(heures?|horas?|hrs?|h)(?![\p{L}])(?:\s*(\d{2})(?!\d))?|(час\.?|ч\.)(?:\s*(\d{2})\s*(?:мин\.?|м\.))?))?` +
  String.raw`(?:\s*(a\.\s?m\.?|p\.\s?m\.?|am|pm|noon|midday|midi|mediodía)(?![\p{L}]))?`;
// "noon" on its own is twelve o'clock: "10 a.m.–noon".
const TIME = `(?:(noon|midday|midi|mediodía|正午)|${CLOCK})`;
const GROUPS = 11;
const SEP = String.raw`\s*(?:[-–—~～]|至|到|to|until|à|a|al|hasta|до)\s*`;

const SINGLE = new RegExp(TIME, "iu");
const RANGE_AT_START = new RegExp(`^(?:(?:from|de|desde|от|с)\\s+)?${TIME}${SEP}${TIME}`, "iu");
const SINGLE_AT_START = new RegExp(`^${TIME}`, "iu");

function read(groups: Array<string | undefined>): ClockTime | null {
  const [noon, period, hour, minDot, zhUnit, zhMin, unit, unitMin, ruUnit, ruMin, meridiem] = groups;
  if (noon) return { h: 12, min: 0, suffix: "noon", explicit: true };
  if (hour === undefined) return null;
  const explicit = Boolean(period || minDot || zhUnit || unit || ruUnit || meridiem);
  const min = Number(minDot ?? zhMin ?? unitMin ?? ruMin ?? 0);
  let suffix: Suffix = null;
  const p = (meridiem ?? "").toLowerCase().replace(/[\s.]/g, "");
  if (p === "am" || period === "上午" || period === "早上" || period === "凌晨") suffix = "am";
  else if (p === "pm" || period === "下午" || period === "晚上") suffix = "pm";
  else if (p !== "" || period === "中午") suffix = "noon";
  const h = Number(hour);
  if (h > 24 || min > 59) return null;
  return { h, min, suffix, explicit };
}

function to24(t: ClockTime, suffix: Suffix = t.suffix): number {
  if (suffix === "pm") return t.h < 12 ? t.h + 12 : t.h;
  if (suffix === "am") return t.h === 12 ? 0 : t.h;
  if (suffix === "noon") return t.h < 12 && t.h <= 6 ? t.h + 12 : t.h;
  return t.h;
}

const hhmm = (h: number, min: number): string => `${String(h % 24).padStart(2, "0")}:${String(min).padStart(2, "0")}`;

export type TimeRange = { start: string; end: string; length: number };

function readRange(m: RegExpExecArray, offset: number): TimeRange | null {
  const a = read(m.slice(1 + offset, 1 + offset + GROUPS));
  const b = read(m.slice(1 + offset + GROUPS, 1 + offset + 2 * GROUPS));
  if (!a || !b || !(a.explicit || b.explicit)) return null;
  let end = to24(b, b.suffix ?? a.suffix);
  let start = to24(a);
  // "3–6 p.m.": the start shares the end's afternoon unless that would put it after the end.
  if (a.suffix === null && b.suffix !== null) {
    const shifted = to24(a, b.suffix);
    if (shifted * 60 + a.min <= end * 60 + b.min) start = shifted;
  }
  if (end * 60 + b.min <= start * 60 + a.min && end < 12) end += 12;
  return { start: hhmm(start, a.min), end: hhmm(end, b.min), length: m[0].length };
}

/** A time range at the very start of `text` (an annex line). */
export function readTimeRangeAtStart(text: string): TimeRange | null {
  const m = RANGE_AT_START.exec(text.slice(0, 200));
  return m ? readRange(m, 0) : null;
}

/** A single explicit time at the very start of `text`, e.g. an annex slot with no end time. */
export function readTimeAtStart(text: string): { time: string; length: number } | null {
  const m = SINGLE_AT_START.exec(text.slice(0, 200));
  if (!m) return null;
  const t = read(m.slice(1, 1 + GROUPS));
  return t && t.explicit ? { time: hhmm(to24(t), t.min), length: m[0].length } : null;
}

/** The first explicit clock time in a sentence, e.g. "will be opened at 10 a.m." → "10:00". */
export function findTime(text: string): string | null {
  const prepared = text.slice(0, 4000);
  const re = new RegExp(SINGLE.source, "giu");
  for (const m of prepared.matchAll(re)) {
    const t = read(m.slice(1, 1 + GROUPS));
    if (t && t.explicit) return hhmm(to24(t), t.min);
  }
  return null;
}
