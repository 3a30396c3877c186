import type { LocalizedText } from "../../i18n/localized-text";
import { capitalizeFirst } from "../../i18n/format";
import { addDays } from "../../validation/dates";
import { chineseNumeral, ordinalWord } from "../../i18n/ordinal";

/**
 * A duplicated session's title with its number moved on where the number is spelled out as the title
 * writes it ("Eighth meeting of …" → "Ninth meeting of …", "…第八次会议" → "…第九次会议"). Other languages keep
 * their title for the secretariat to revise.
 */
export function retitle(title: LocalizedText, from: number, to: number): LocalizedText {
  const result: LocalizedText = { ...title };
  if (result.en) {
    const old = ordinalWord(from, "en");
    result.en = result.en
      .replace(new RegExp(`\\b${capitalizeFirst(old, "en")}\\b`), capitalizeFirst(ordinalWord(to, "en"), "en"))
      .replace(new RegExp(`\\b${old}\\b`), ordinalWord(to, "en"));
  }
  if (result.zh) result.zh = result.zh.replace(`第${chineseNumeral(from)}`, `第${chineseNumeral(to)}`);
  return result;
}

/** Moves a calendar date by whole days ("2018-07-02" + 365 → "2019-07-02"). */
export function shiftDate(iso: string, days: number): string {
  return addDays(iso, days);
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}
