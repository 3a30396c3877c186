import type { Locale } from "./locales";
import { capitalizeFirst } from "./format";
import { ordinalWord } from "./ordinal";
import type { Gender } from "./ordinal-words";

/**
 * A session's name as the UN writes it in each language: "Eighth meeting", "Huitième réunion", "Octava reunión",
 * "Восьмое совещание", "الاجتماع الثامن", "第八次会议"; with SESSION, "Eighth session", "Octavo período de sesiones".
 * The message `session.ordinalTerm` says the same with the ordinal from `meetingOrdinal` (a test keeps them equal).
 */

export type SessionTerm = "SESSION" | "MEETING";

// The grammatical gender of each language's noun: réunion and session are feminine, período masculine,
// совещание neuter and сессия feminine, اجتماع masculine and دورة feminine.
const GENDERS: Partial<Record<Locale, Record<SessionTerm, Gender>>> = {
  fr: { MEETING: "f", SESSION: "f" },
  es: { MEETING: "f", SESSION: "m" },
  ru: { MEETING: "n", SESSION: "f" },
  ar: { MEETING: "m", SESSION: "f" },
};

/** The ordinal word agreed with the body's term ("huitième", "octava", "восьмое", "الثامن", "八"). */
export function meetingOrdinal(n: number, term: SessionTerm, locale: Locale): string {
  return ordinalWord(n, locale, GENDERS[locale]?.[term] ?? "m");
}

const TEMPLATES: Record<Locale, Record<SessionTerm, (ordinal: string) => string>> = {
  en: { MEETING: (o) => `${o} meeting`, SESSION: (o) => `${o} session` },
  fr: { MEETING: (o) => `${o} réunion`, SESSION: (o) => `${o} session` },
  es: { MEETING: (o) => `${o} reunión`, SESSION: (o) => `${o} período de sesiones` },
  ru: { MEETING: (o) => `${o} совещание`, SESSION: (o) => `${o} сессия` },
  ar: { MEETING: (o) => `الاجتماع ${o}`, SESSION: (o) => `الدورة ${o}` },
  zh: { MEETING: (o) => `第${o}次会议`, SESSION: (o) => `第${o}届会议` },
};

/** "Eighth meeting", capitalised where the script has capitals, as a heading or session line starts. */
export function meetingName(n: number, term: SessionTerm, locale: Locale): string {
  return capitalizeFirst(TEMPLATES[locale][term](meetingOrdinal(n, term, locale)), locale);
}
