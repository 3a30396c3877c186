import { parseIsoDay } from "../validation/iso-day";
import type { Locale } from "./locales";
import { arabicMonth } from "./un-dates";

/**
 * Dates and times as the UN writes them in each language. Calendar dates ("2018-07-02") are days in the
 * session's own time zone, so they are formatted as UTC calendar days and never shifted by the reader's clock.
 * They come from stored rows, which may hold what the forms no longer accept (year 10000, a retired time zone):
 * such values are shown as stored rather than failing the whole page.
 */

const INTL_TAGS: Record<Locale, string> = {
  ar: "ar-u-nu-latn",
  zh: "zh-CN",
  en: "en-GB",
  fr: "fr-FR",
  ru: "ru-RU",
  es: "es-ES",
};

export function intlTag(locale: Locale): string {
  return INTL_TAGS[locale];
}

// ICU writes Arabic months the Egyptian way ("يوليو"); UN Arabic writes both names, "تموز/يوليه". Month numbers are
// read back from a numeric formatter so the words never depend on the machine's ICU data.
function unArabicParts(parts: Array<{ type: string; value: string; source?: string }>, dates: Date[]): string {
  let monthIndex = 0;
  return parts
    .map((part) => {
      if (part.type !== "month") return part.value;
      const date =
        part.source === "endRange" ? dates[dates.length - 1] : dates[monthIndex++ === 0 ? 0 : dates.length - 1];
      return date ? arabicMonth(date.getUTCMonth() + 1) : part.value;
    })
    .join("");
}

// ICU's Chinese date ranges fall back to "2018/7/2 – 2018/7/3"; UN Chinese writes 2018年7月2日至3日.
function chineseDateRange(start: Date, end: Date): string {
  const [y1, m1, d1] = [start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate()];
  const [y2, m2, d2] = [end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate()];
  const first = `${y1}年${m1}月${d1}日`;
  if (start.getTime() === end.getTime()) return first;
  if (y1 !== y2) return `${first}至${y2}年${m2}月${d2}日`;
  return m1 === m2 ? `${first}至${d2}日` : `${first}至${m2}月${d2}日`;
}

/** "2–3 July 2018", "2018年7月2日至3日". */
export function formatDateRange(start: string, end: string, locale: Locale): string {
  const [first, last] = [parseIsoDay(start), parseIsoDay(end)];
  if (!first || !last) return start === end ? start : `${start} – ${end}`;
  if (locale === "zh") return chineseDateRange(first, last);
  const format = new Intl.DateTimeFormat(intlTag(locale), {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  if (start === end)
    return locale === "ar" ? unArabicParts(format.formatToParts(first), [first]) : format.format(first);
  if (locale === "ar") return unArabicParts(format.formatRangeToParts(first, last), [first, last]);
  const range = format.formatRange(first, last);
  // UN English closes up the dash: "2–3 July 2018", "28 September–2 October 2020".
  return locale === "en" ? range.replace(/\s*–\s*/u, "–") : range;
}

/** "Monday, 2 July 2018", "2018年7月2日星期一". */
export function formatDayHeading(date: string, locale: Locale): string {
  const day = parseIsoDay(date);
  if (!day) return date;
  const format = new Intl.DateTimeFormat(intlTag(locale), {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  return locale === "ar" ? unArabicParts(format.formatToParts(day), [day]) : format.format(day);
}

function englishTime(minutes: number): { text: string; period: "a.m." | "p.m." | "noon" | "midnight" } {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  if (h === 12 && m === 0) return { text: "noon", period: "noon" };
  if (h === 0 && m === 0) return { text: "midnight", period: "midnight" };
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return {
    text: m === 0 ? String(hour12) : `${hour12}.${String(m).padStart(2, "0")}`,
    period: h < 12 ? "a.m." : "p.m.",
  };
}

function chineseTime(minutes: number): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  const period = h < 12 ? "上午" : "下午";
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return `${period} ${hour12} 时${m === 0 ? "" : ` ${m} 分`}`;
}

/** "10 a.m.–1 p.m.", "3–6 p.m.", "上午 10 时至下午 1 时", "下午 3 时至 6 时", "10 h – 13 h". */
export function formatTimeRange(startMinutes: number, endMinutes: number, locale: Locale): string {
  if (locale === "en") {
    const start = englishTime(startMinutes);
    const end = englishTime(endMinutes);
    const samePeriod = start.period === end.period && (start.period === "a.m." || start.period === "p.m.");
    const startText =
      samePeriod || start.period === "noon" || start.period === "midnight"
        ? start.text
        : `${start.text} ${start.period}`;
    const endText = end.period === "noon" || end.period === "midnight" ? end.text : `${end.text} ${end.period}`;
    return `${startText}–${endText}`;
  }
  if (locale === "zh") {
    const start = chineseTime(startMinutes);
    const end = chineseTime(endMinutes);
    // The period word is not repeated when both times share it: 下午 3 时至 6 时.
    const endText = end.slice(0, 2) === start.slice(0, 2) ? end.slice(2) : end;
    return `${start}至${endText}`;
  }
  const format = new Intl.DateTimeFormat(intlTag(locale), {
    hour: "numeric",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "UTC",
  });
  const at = (minutes: number) => new Date(Date.UTC(2000, 0, 1, Math.floor(minutes / 60), minutes % 60));
  return format.formatRange(at(startMinutes), at(endMinutes));
}

/** "Central European Summer Time (GMT+02:00)" for a session's zone on one of its days, in the reader's language. */
export function formatTimeZone(timeZone: string, date: string, locale: Locale): string {
  const noon = parseIsoDay(date) ?? new Date();
  noon.setUTCHours(12);
  const part = (style: Intl.DateTimeFormatOptions["timeZoneName"]) =>
    new Intl.DateTimeFormat(intlTag(locale), { timeZone, timeZoneName: style })
      .formatToParts(noon)
      .find((p) => p.type === "timeZoneName")?.value ?? timeZone;
  try {
    return `${part("long")} (${part("longOffset")})`;
  } catch {
    // A zone this server's ICU does not know (retired, or stored by hand) is shown by its name.
    return timeZone;
  }
}

/** "eighth meeting" → "Eighth meeting" where the script has capitals; other scripts are returned unchanged. */
export function capitalizeFirst(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(intlTag(locale)) + text.slice(1);
}

/** "Arabic, Chinese and English" with each language's own list punctuation (the Arabic comma, 和, et …). */
export function formatList(items: string[], locale: Locale): string {
  return new Intl.ListFormat(intlTag(locale), { style: "long", type: "conjunction" }).format(items);
}

/** "Arabic, Chinese, or Spanish": a list of which any one is meant, as "not available in …" needs it. */
export function formatAlternatives(items: string[], locale: Locale): string {
  return new Intl.ListFormat(intlTag(locale), { style: "long", type: "disjunction" }).format(items);
}
