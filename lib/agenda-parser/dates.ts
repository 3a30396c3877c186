/**
 * Dates as UN documents write them: "2 and 3 July 2018", "28 September–2 October 2020",
 * "2018 年 7 月 2 日和 3 日", "2 y 3 de julio de 2018", "2–6 марта 2020 года", and the
 * annex's day lines ("Monday, 2 July", "7月 2日，星期一"), whose year comes from elsewhere.
 */

export type DayMonth = { y: number | null; m: number; d: number };
export type DateMatch = { start: DayMonth; end: DayMonth; index: number; length: number };

const MONTH_NAMES: Array<[string, number]> = [];
const addMonths = (names: string[]) => names.forEach((name, i) => MONTH_NAMES.push([name, i + 1]));
addMonths([
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
]);
addMonths([
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
]);
addMonths([
  "enero",
  "febrero",
  "marzo",
  "abril",
  "mayo",
  "junio",
  "julio",
  "agosto",
  "septiembre",
  "octubre",
  "noviembre",
  "diciembre",
]);
addMonths([
  "января",
  "февраля",
  "марта",
  "апреля",
  "мая",
  "июня",
  "июля",
  "августа",
  "сентября",
  "октября",
  "ноября",
  "декабря",
]);
addMonths([
  "январь",
  "февраль",
  "март",
  "апрель",
  "май",
  "июнь",
  "июль",
  "август",
  "сентябрь",
  "октябрь",
  "ноябрь",
  "декабрь",
]);
addMonths([
  "يناير",
  "فبراير",
  "مارس",
  "أبريل",
  "مايو",
  "يونيه",
  "يوليه",
  "أغسطس",
  "سبتمبر",
  "أكتوبر",
  "نوفمبر",
  "ديسمبر",
]);
MONTH_NAMES.push(["setiembre", 9], ["sept", 9], ["يونيو", 6], ["يوليو", 7]);
MONTH_NAMES.push(
  ...["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].map(
    (n, i) => [n, [1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12][i]] as [string, number],
  ),
);

const MONTH_LOOKUP = new Map(MONTH_NAMES);
const MONTH = `(${[...MONTH_LOOKUP.keys()].sort((a, b) => b.length - a.length).join("|")})\\.?(?![\\p{L}])`;
const DAY = String.raw`(?<!\d)(\d{1,2})(?:er|º|ª|st|nd|rd|th)?`;
const YEAR = String.raw`(\d{4})`;
const OF = String.raw`(?:\s+de\s+|\s+)`;
const YEAR_OF = String.raw`(?:\s*,\s*|\s+de\s+|\s+del\s+|\s+)`;
// Russian writes "2018 года" / "2018 г.".
const YEAR_WORD = String.raw`(?:\s+(?:года|г\.))?`;
const SEP = String.raw`(?:\s*[-–—]\s*|\s+(?:to|and|et|au|y|a|al|и|по|до|و|إلى)\s+)`;

const LATIN_PATTERNS: Array<{ re: RegExp; read: (m: RegExpExecArray) => [DayMonth, DayMonth] | null }> = [
  {
    // 28 September–2 October 2020; 30 December 2019–3 January 2020
    re: new RegExp(
      `${DAY}${OF}${MONTH}(?:${YEAR_OF}${YEAR})?${SEP}${DAY}${OF}${MONTH}${YEAR_OF}${YEAR}${YEAR_WORD}`,
      "iu",
    ),
    read: (m) => [
      { y: num(m[3]) ?? num(m[6]), m: month(m[2]), d: Number(m[1] ?? 0) },
      { y: num(m[6]), m: month(m[5]), d: Number(m[4] ?? 0) },
    ],
  },
  {
    // 2 and 3 July 2018; 15–19 October 2018; 2 y 3 de julio de 2018
    re: new RegExp(`${DAY}${SEP}${DAY}${OF}${MONTH}${YEAR_OF}${YEAR}${YEAR_WORD}`, "iu"),
    read: (m) => [
      { y: num(m[4]), m: month(m[3]), d: Number(m[1] ?? 0) },
      { y: num(m[4]), m: month(m[3]), d: Number(m[2] ?? 0) },
    ],
  },
  {
    // July 2–3, 2018 (not UN style, but pasted text comes from everywhere)
    re: new RegExp(`${MONTH}\\s+${DAY}(?:${SEP}${DAY})?\\s*,\\s*${YEAR}`, "iu"),
    read: (m) => [
      { y: num(m[4]), m: month(m[1]), d: Number(m[2] ?? 0) },
      { y: num(m[4]), m: month(m[1]), d: Number(m[3] ?? m[2] ?? 0) },
    ],
  },
  {
    re: new RegExp(`${DAY}${OF}${MONTH}(?:${YEAR_OF}${YEAR}${YEAR_WORD})?`, "iu"),
    read: (m) => {
      const day = { y: num(m[3]), m: month(m[2]), d: Number(m[1] ?? 0) };
      return [day, day];
    },
  },
];

const ZH_DAY = String.raw`(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日`;
const ZH_RANGE = new RegExp(
  `${ZH_DAY}(?:\\s*(?:和|至|到|及|[-–—~～])\\s*(?:(\\d{4})\\s*年\\s*)?(?:(\\d{1,2})\\s*月\\s*)?(\\d{1,2})\\s*日)?`,
);

const num = (s: string | undefined): number | null => (s === undefined ? null : Number(s));
const month = (s: string | undefined): number => MONTH_LOOKUP.get((s ?? "").toLowerCase().replace(/\.$/, "")) ?? 0;

function valid(d: DayMonth): boolean {
  return d.m >= 1 && d.m <= 12 && d.d >= 1 && d.d <= 31 && (d.y === null || (d.y >= 1946 && d.y <= 2100));
}

/** The first date or date range in `text`. Texts are searched as written; nothing is normalised away. */
export function findDate(text: string): DateMatch | null {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  let best: DateMatch | null = null;
  const consider = (index: number, length: number, start: DayMonth, end: DayMonth) => {
    if (!valid(start) || !valid(end)) return;
    if (!best || index < best.index || (index === best.index && length > best.length))
      best = { start, end, index, length };
  };
  const zh = ZH_RANGE.exec(sample);
  if (zh) {
    const start = { y: num(zh[1]), m: Number(zh[2]), d: Number(zh[3]) };
    const end = zh[6] ? { y: num(zh[4]) ?? start.y, m: zh[5] ? Number(zh[5]) : start.m, d: Number(zh[6]) } : start;
    consider(zh.index, zh[0].length, start, end);
  }
  for (const pattern of LATIN_PATTERNS) {
    const m = pattern.re.exec(sample);
    if (!m) continue;
    const read = pattern.read(m);
    if (read) consider(m.index, m[0].length, read[0], read[1]);
  }
  return best;
}

export function isoDate(d: DayMonth, fallbackYear: number | null = null): string | null {
  const y = d.y ?? fallbackYear;
  if (y === null || !valid(d)) return null;
  const date = new Date(Date.UTC(y, d.m - 1, d.d));
  if (date.getUTCMonth() !== d.m - 1) return null;
  return `${y}-${String(d.m).padStart(2, "0")}-${String(d.d).padStart(2, "0")}`;
}

export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

const WEEKDAY_NAMES: Array<[string, number]> = [];
const addWeekdays = (names: string[]) => names.forEach((name, i) => WEEKDAY_NAMES.push([name, i]));
addWeekdays(["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]);
addWeekdays(["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"]);
addWeekdays(["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"]);
addWeekdays(["воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота"]);
addWeekdays(["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"]);
addWeekdays(["周日", "周一", "周二", "周三", "周四", "周五", "周六"]);
addWeekdays(["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]);
WEEKDAY_NAMES.push(["星期天", 0], ["среду", 3], ["пятницу", 5], ["субботу", 6], ["miercoles", 3], ["sabado", 6]);

const WEEKDAY_LOOKUP = new Map(WEEKDAY_NAMES);
const WEEKDAY_PATTERN = `(${[...WEEKDAY_LOOKUP.keys()].sort((a, b) => b.length - a.length).join("|")})`;

export function weekdayIndex(name: string | undefined): number | undefined {
  return name === undefined ? undefined : WEEKDAY_LOOKUP.get(name.toLowerCase());
}

export function weekdayOf(iso: string): string {
  const [y = 1970, m = 1, d = 1] = iso.split("-").map(Number);
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? "Sunday";
}

const DAY_LINE = new RegExp(
  `^(?:${WEEKDAY_PATTERN}\\s*[,，、]?\\s*)?(?:the\\s+|le\\s+|el\\s+)?` +
    `(${ZH_DAY}|${DAY}${OF}${MONTH}(?:${YEAR_OF}${YEAR})?|${MONTH}\\s+${DAY}(?:\\s*,\\s*${YEAR})?)` +
    `(?:\\s*[,，、]?\\s*[(（]?${WEEKDAY_PATTERN}[)）]?)?[\\s,，、.:：]*`,
  "iu",
);
const WEEKDAY_ONLY = new RegExp(`^${WEEKDAY_PATTERN}(?![\\p{L}])[\\s,，、.:：]*`, "iu");

export type DayLine = { date: DayMonth | null; weekday: number | undefined; length: number };

/** A day heading at the start of an annex line: "Monday, 2 July", "7月 2日，星期一", "Lunes 2 de julio". */
export function readDayLine(text: string): DayLine | null {
  const m = DAY_LINE.exec(text);
  if (m) {
    const found = findDate(m[2] ?? "");
    const weekdayName = m[1] ?? m[m.length - 1];
    if (found)
      return { date: found.start, weekday: weekdayName ? weekdayIndex(weekdayName) : undefined, length: m[0].length };
  }
  const w = WEEKDAY_ONLY.exec(text);
  return w ? { date: null, weekday: weekdayIndex(w[1]), length: w[0].length } : null;
}
