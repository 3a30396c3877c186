/**
 * Facts about the session found in the opening annotation: "贩运人口问题工作组第八次会议将于
 * 2018 年 7 月 2 日星期一上午 10 时开幕" / "The eighth meeting of the Working Group on Trafficking
 * in Persons will be opened at 10 a.m. on Monday, 2 July 2018". The subject of that sentence
 * is the session's title; its date and time give opensAt.
 */
import { findDate, isoDate } from "./dates";
import type { Masthead } from "./masthead";
import { findOrdinal } from "./ordinals";
import { findTime } from "./times";
import type { ImportLanguage } from "./types";

export type Opening = { title: string | null; ordinal: number | null; date: string | null; time: string | null };

// "open-ended" working groups are not openings.
const OPENS =
  /开幕|开会|\bopen(?:ed|s|ing)?\b(?!-)|\bconvene[ds]?\b|scheduled to be held|ouvr|inaugur|\babrir[áa]\b|apertura|откро|открыт/iu;

const SUBJECTS: RegExp[] = [
  /([^，。；]{0,60}?第\s*[零〇一二两三四五六七八九十百千\d]{1,8}\s*(?:次|届)(?:特别)?(?:会议|会|续会))\s*(?:将于|将在|定于|于|将)/u,
  /\b(?:the\s+)?((?:resumed\s+)?[\p{L}\d-]+(?:\s+[\p{L}-]+)?\s+(?:meeting|session)\s+of\s+the\s+[^.;]{3,200}?)\s+(?:will|shall|is to|is scheduled to)\s+(?:be\s+)?(?:opened|open|convened|convene|held)\b/iu,
  /\b(?:la|le|l['’])\s*((?:[\p{L}\dᵉe-]+\s+){1,2}(?:réunion|session)\s+d[eu][^.;]{3,200}?)\s+(?:s['’]ouvrira|sera ouverte?|débutera)/iu,
  /\b(?:la|el)\s+((?:[\p{L}\dºª.-]+\s+){1,2}(?:reunión|período de sesiones|periodo de sesiones)\s+de[^.;]{3,200}?)\s+(?:se inaugurará|se abrirá|comenzará|dará comienzo)/iu,
  /((?:[\p{L}-]+\s+){1,2}(?:совещание|сессия)\s+[^.;]{3,200}?)\s+(?:откроется|будет открыт[аоы]?)/iu,
];

const capitalize = (s: string): string => s.charAt(0).toLocaleUpperCase() + s.slice(1);

const sentencesOf = (paragraph: string): string[] =>
  paragraph.slice(0, 4000).split(/(?<=[。！？])|(?<=[.!?])\s+(?=[\p{Lu}\d])/u);

/** The sentence announcing the opening: one that says so and gives a date or a time, else one that only says so. */
function openingSentence(paragraphs: readonly string[]): string | null {
  let fallback: string | null = null;
  for (const paragraph of paragraphs) {
    for (const sentence of sentencesOf(paragraph)) {
      if (!OPENS.test(sentence)) continue;
      if (findDate(sentence) || findTime(sentence)) return sentence;
      fallback ??= sentence;
    }
  }
  return fallback;
}

export function readOpening(paragraphs: readonly string[], defaultYear: number | null): Opening | null {
  const sentence = openingSentence(paragraphs);
  if (!sentence) return null;
  let title: string | null = null;
  for (const re of SUBJECTS) {
    const m = re.exec(sentence);
    // Without an ordinal the subject is generic ("The meeting of the Group"), not a title.
    if (m && findOrdinal(m[1] ?? "")) {
      title = capitalize((m[1] ?? "").trim());
      break;
    }
  }
  const date = findDate(sentence);
  return {
    title,
    ordinal: title ? (findOrdinal(title)?.value ?? null) : null,
    date: date ? isoDate(date.start, defaultYear) : null,
    time: findTime(sentence),
  };
}

/** A title when the annotations do not state one: "第六十三届会议" under "麻醉药品委员会", "Sixty-third session" of the Commission. */
export function titleFromMasthead(masthead: Masthead, language: ImportLanguage | null): string | null {
  const { bodyName, ordinalLine } = masthead;
  if (!bodyName || !ordinalLine) return null;
  if (language === "zh") return bodyName + ordinalLine.replace(/\s+/g, "");
  // A body designated by a numeral is a name without article: "of Working Group II (Dispute Settlement)".
  const name = bodyName.replace(/^the\s+/i, "");
  if (language === "en") return `${capitalize(ordinalLine)} of ${/\b[IVX]{1,5}\b/.test(name) ? "" : "the "}${name}`;
  return null;
}
