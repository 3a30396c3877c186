import { parseIsoDay } from "../validation/iso-day";
import type { Locale } from "./locales";

/**
 * Calendar dates as UN documents print them, word for word, without relying on the ICU data of the machine (which
 * writes Arabic months the Egyptian way, "يوليو", where UN Arabic writes "تموز/يوليه"). Dates are session days,
 * read as UTC calendar days.
 */

const MONTHS: Record<Locale, readonly string[]> = {
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
  fr: [
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
  ],
  es: [
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
  ],
  // Russian dates use the genitive: "2 июля".
  ru: [
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
  ],
  // The Levantine name, a slash, then the Egyptian one, as every UN Arabic document writes them.
  ar: [
    "كانون الثاني/يناير",
    "شباط/فبراير",
    "آذار/مارس",
    "نيسان/أبريل",
    "أيار/مايو",
    "حزيران/يونيه",
    "تموز/يوليه",
    "آب/أغسطس",
    "أيلول/سبتمبر",
    "تشرين الأول/أكتوبر",
    "تشرين الثاني/نوفمبر",
    "كانون الأول/ديسمبر",
  ],
  zh: ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
};

// Sunday first, as Date.getUTCDay counts.
const WEEKDAYS: Record<Locale, readonly string[]> = {
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
  fr: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
  es: ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"],
  ru: ["воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота"],
  ar: ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"],
  zh: ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"],
};

/** The UN Arabic name of a month (1–12), e.g. 7 → "تموز/يوليه". */
export function arabicMonth(month: number): string {
  return MONTHS.ar[month - 1] ?? String(month);
}

interface Day {
  y: number;
  m: number;
  d: number;
}

function dayOf(iso: string): Day | null {
  const date = parseIsoDay(iso);
  return date ? { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() } : null;
}

function dayMonth({ d, m }: Day, locale: Locale): string {
  const month = MONTHS[locale][m - 1];
  if (locale === "zh") return `${month}${d}日`;
  if (locale === "es") return `${d} de ${month}`;
  return `${d} ${month}`;
}

function withYear(text: string, y: number, locale: Locale): string {
  if (locale === "zh") return `${y}年${text}`;
  if (locale === "es") return `${text} de ${y}`;
  if (locale === "ru") return `${text} ${y} года`;
  return `${text} ${y}`;
}

/** "2 July", "2 juillet", "2 de julio", "2 июля", "2 تموز/يوليه", "7月2日": a day of the session's own year. */
export function formatUnDayMonth(iso: string, locale: Locale): string {
  const day = dayOf(iso);
  return day ? dayMonth(day, locale) : iso;
}

/** "2 July 2018", "2 juillet 2018", "2 de julio de 2018", "2 июля 2018 года", "2 تموز/يوليه 2018", "2018年7月2日". */
export function formatUnDate(iso: string, locale: Locale): string {
  const day = dayOf(iso);
  return day ? withYear(dayMonth(day, locale), day.y, locale) : iso;
}

const AND: Record<Locale, string> = { en: " and ", fr: " et ", es: " y ", ru: " и ", ar: " و", zh: "和" };
// Between the first and last day of a longer session; "to" where the language says it in words.
const TO: Record<Locale, string> = { en: "–", fr: "-", es: " a ", ru: "–", ar: "-", zh: "至" };
const TO_ACROSS: Record<Locale, string> = { en: "–", fr: " au ", es: " a ", ru: " – ", ar: " - ", zh: "至" };

/**
 * The dates of a session line: "2 and 3 July 2018" for two days, "6–8 September 2017" for more,
 * "28 September–2 October 2020" across months; "2018年7月2日和3日", "2 و3 تموز/يوليه 2018", "2 и 3 июля 2018 года".
 */
export function formatSessionDates(start: string, end: string, locale: Locale): string {
  const [first, last] = [dayOf(start), dayOf(end)];
  if (!first || !last) return start === end ? start : `${start} – ${end}`;
  if (start === end) return formatUnDate(start, locale);
  if (first.y !== last.y) return `${formatUnDate(start, locale)}${TO_ACROSS[locale]}${formatUnDate(end, locale)}`;
  const consecutive = Date.UTC(last.y, last.m - 1, last.d) - Date.UTC(first.y, first.m - 1, first.d) === 86_400_000;
  if (first.m === last.m) {
    const joiner = consecutive ? AND[locale] : TO[locale];
    if (locale === "zh") return `${first.y}年${first.m}月${first.d}日${joiner}${last.d}日`;
    return withYear(`${first.d}${joiner}${dayMonth(last, locale)}`, first.y, locale);
  }
  const joiner = consecutive ? AND[locale] : TO_ACROSS[locale];
  if (locale === "zh") return `${first.y}年${dayMonth(first, locale)}${joiner}${dayMonth(last, locale)}`;
  return withYear(`${dayMonth(first, locale)}${joiner}${dayMonth(last, locale)}`, first.y, locale);
}

/** A day of the annex's table: "Monday, 2 July", "Lundi 2 juillet", "7月2日，星期一", "الاثنين، 2 تموز/يوليه". */
export function formatAnnexDay(iso: string, locale: Locale): string {
  const date = parseIsoDay(iso);
  const day = dayOf(iso);
  if (!date || !day) return iso;
  const weekday = WEEKDAYS[locale][date.getUTCDay()] ?? "";
  const text = dayMonth(day, locale);
  if (locale === "zh") return `${text}，${weekday}`;
  if (locale === "ar") return `${weekday}، ${text}`;
  if (locale === "en" || locale === "ru") return `${capital(weekday)}, ${text}`;
  return `${capital(weekday)} ${text}`;
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
