import type { Locale } from "./locales";
import type { LocalizedText } from "./localized-text";

/**
 * Names the UN spells the same way in every document of a language: the official languages in each other
 * ("Original: Chinese", "Original : chinois", "الأصل: بالصينية") and the cities where bodies meet.
 * Written out rather than read from ICU, so server and browser agree and UN spellings win ("الإنكليزية", "英文").
 */

// Indexed [reader][language]; lower case where the language writes language names so in running text.
export const LANGUAGE_NAMES: Record<Locale, Record<Locale, string>> = {
  ar: { ar: "العربية", zh: "الصينية", en: "الإنكليزية", fr: "الفرنسية", ru: "الروسية", es: "الإسبانية" },
  zh: { ar: "阿拉伯文", zh: "中文", en: "英文", fr: "法文", ru: "俄文", es: "西班牙文" },
  en: { ar: "Arabic", zh: "Chinese", en: "English", fr: "French", ru: "Russian", es: "Spanish" },
  fr: { ar: "arabe", zh: "chinois", en: "anglais", fr: "français", ru: "russe", es: "espagnol" },
  ru: { ar: "арабский", zh: "китайский", en: "английский", fr: "французский", ru: "русский", es: "испанский" },
  es: { ar: "árabe", zh: "chino", en: "inglés", fr: "francés", ru: "ruso", es: "español" },
};

/** "French" in English, "法文" in Chinese, "الفرنسية" in Arabic. */
export function unLanguageName(reader: Locale, lang: Locale): string {
  return LANGUAGE_NAMES[reader][lang];
}

type Names = Record<Locale, string>;

// Cities of the UN's duty stations and of frequent conferences, as the UN's terminology database writes them.
const VENUES: Names[] = [
  { en: "Vienna", fr: "Vienne", es: "Viena", ru: "Вена", ar: "فيينا", zh: "维也纳" },
  { en: "New York", fr: "New York", es: "Nueva York", ru: "Нью-Йорк", ar: "نيويورك", zh: "纽约" },
  { en: "Geneva", fr: "Genève", es: "Ginebra", ru: "Женева", ar: "جنيف", zh: "日内瓦" },
  { en: "Nairobi", fr: "Nairobi", es: "Nairobi", ru: "Найроби", ar: "نيروبي", zh: "内罗毕" },
  { en: "Bangkok", fr: "Bangkok", es: "Bangkok", ru: "Бангкок", ar: "بانكوك", zh: "曼谷" },
  { en: "Addis Ababa", fr: "Addis-Abeba", es: "Addis Abeba", ru: "Аддис-Абеба", ar: "أديس أبابا", zh: "亚的斯亚贝巴" },
  { en: "Santiago", fr: "Santiago", es: "Santiago", ru: "Сантьяго", ar: "سانتياغو", zh: "圣地亚哥" },
  { en: "Beirut", fr: "Beyrouth", es: "Beirut", ru: "Бейрут", ar: "بيروت", zh: "贝鲁特" },
  { en: "Bonn", fr: "Bonn", es: "Bonn", ru: "Бонн", ar: "بون", zh: "波恩" },
  { en: "Rome", fr: "Rome", es: "Roma", ru: "Рим", ar: "روما", zh: "罗马" },
  { en: "Paris", fr: "Paris", es: "París", ru: "Париж", ar: "باريس", zh: "巴黎" },
  { en: "The Hague", fr: "La Haye", es: "La Haya", ru: "Гаага", ar: "لاهاي", zh: "海牙" },
  { en: "Montreal", fr: "Montréal", es: "Montreal", ru: "Монреаль", ar: "مونتريال", zh: "蒙特利尔" },
  { en: "Doha", fr: "Doha", es: "Doha", ru: "Доха", ar: "الدوحة", zh: "多哈" },
  { en: "Abu Dhabi", fr: "Abou Dhabi", es: "Abu Dabi", ru: "Абу-Даби", ar: "أبوظبي", zh: "阿布扎比" },
  { en: "Kyoto", fr: "Kyoto", es: "Kioto", ru: "Киото", ar: "كيوتو", zh: "京都" },
];

const BY_NAME = new Map<string, Names>();
for (const names of VENUES) for (const name of Object.values(names)) BY_NAME.set(name.toLowerCase(), names);

/**
 * The venue in `locale`: the session's own text when it has that language, else the UN name of a known city
 * written in any language, else null (the caller falls back like any other text).
 */
export function venueIn(venue: LocalizedText, locale: Locale): string | null {
  const own = venue[locale];
  if (own) return own;
  for (const text of Object.values(venue)) {
    const known = text ? BY_NAME.get(text.trim().toLowerCase()) : undefined;
    if (known) return known[locale];
  }
  return null;
}
