import type { Locale } from "./locales";
import { arabicOrdinal, frenchOrdinal, russianOrdinal, spanishOrdinal, type Gender } from "./ordinal-words";

/**
 * Ordinals spelled out the way UN documents write a meeting's number ("eighth meeting", "第八次会议",
 * "huitième réunion", "octava reunión", "восьмое совещание", "الاجتماع الثامن"). French, Spanish, Russian and
 * Arabic agree the word with its noun: `gender` is the noun's (see meeting-name.ts for which noun has which).
 */

const EN_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
const EN_TEENS = [
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
];
const EN_TENS_CARDINAL = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const EN_TENS_ORDINAL = [
  "",
  "",
  "twentieth",
  "thirtieth",
  "fortieth",
  "fiftieth",
  "sixtieth",
  "seventieth",
  "eightieth",
  "ninetieth",
];

function englishOrdinal(n: number): string {
  if (n >= 100) {
    const rest = n % 100;
    const hundreds = `${englishCardinalUnder100(Math.floor(n / 100))} hundred`;
    if (n >= 1000) return `${n}${englishSuffix(n)}`;
    return rest === 0 ? `${hundreds}th` : `${hundreds} and ${englishOrdinal(rest)}`;
  }
  if (n < 10) return EN_UNITS[n] ?? String(n);
  if (n < 20) return EN_TEENS[n - 10] ?? String(n);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return units === 0 ? (EN_TENS_ORDINAL[tens] ?? String(n)) : `${EN_TENS_CARDINAL[tens]}-${EN_UNITS[units]}`;
}

const EN_CARDINAL_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
function englishCardinalUnder100(n: number): string {
  return EN_CARDINAL_UNITS[n] ?? String(n);
}

function englishSuffix(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return "th";
  return ["th", "st", "nd", "rd"][n % 10] ?? "th";
}

const ZH_DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** Chinese numerals as used in 第八次会议, 第六十七届会议, 第一百零二届会议. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 10000) return String(n);
  const units: Array<[number, string]> = [
    [1000, "千"],
    [100, "百"],
    [10, "十"],
    [1, ""],
  ];
  let result = "";
  let pendingZero = false;
  for (const [value, name] of units) {
    const digit = Math.floor(n / value) % 10;
    if (digit === 0) {
      if (result) pendingZero = true;
      continue;
    }
    if (pendingZero) result += "零";
    pendingZero = false;
    // "十二", not "一十二", when ten leads the number.
    result += value === 10 && digit === 1 && !result ? name : `${ZH_DIGITS[digit]}${name}`;
  }
  return result;
}

const GENDERED: Partial<Record<Locale, (n: number, gender: Gender) => string | null>> = {
  fr: frenchOrdinal,
  es: spanishOrdinal,
  ru: russianOrdinal,
  ar: arabicOrdinal,
};

export function ordinalWord(n: number, locale: Locale, gender: Gender = "m"): string {
  if (!Number.isInteger(n) || n <= 0) return String(n);
  if (locale === "en") return englishOrdinal(n);
  if (locale === "zh") return chineseNumeral(n);
  return GENDERED[locale]?.(n, gender) ?? String(n);
}
