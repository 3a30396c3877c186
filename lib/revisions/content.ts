/**
 * What the public reads of a published session: the content of its latest issue, with the translations made final
 * since wherever the text they translate is still the one issued. Pure, so the rule is tested without a database.
 */
import type { LocalizedText } from "../i18n/localized-text";
import type { Locale } from "../i18n/locales";
import type { IssuedContent, IssuedHeader, IssuedItem } from "./types";

interface TranslatedRow {
  translationStates: Record<string, string>;
}

function statesOf(row: TranslatedRow, field: string): Record<string, string> {
  return Object.fromEntries(Object.entries(row.translationStates).filter(([key]) => key.startsWith(`${field}.`)));
}

/**
 * One field as issued, or as it is now when its original text has not changed since the issue: a translation is
 * not a revision, a change of the text is.
 */
function issuedField<R extends TranslatedRow>(
  issued: R,
  live: R | undefined,
  field: keyof R & string,
  original: Locale,
): { value: LocalizedText; states: Record<string, string> } {
  const before = issued[field] as LocalizedText;
  const now = live?.[field] as LocalizedText | undefined;
  if (live && now && (now[original] ?? "") === (before[original] ?? "")) {
    return { value: now, states: statesOf(live, field) };
  }
  return { value: before, states: statesOf(issued, field) };
}

function mergeFields<R extends TranslatedRow>(
  issued: R,
  live: R | undefined,
  fields: Array<keyof R & string>,
  original: Locale,
): Partial<R> & TranslatedRow {
  const result: Record<string, unknown> = {};
  let translationStates: Record<string, string> = {};
  for (const field of fields) {
    const { value, states } = issuedField(issued, live, field, original);
    result[field] = value;
    translationStates = { ...translationStates, ...states };
  }
  return { ...(result as Partial<R>), translationStates };
}

/** The public's reading: the issued agenda, organization of work and header, with today's final translations. */
export function overlayIssued(live: IssuedContent, issued: IssuedContent, original: Locale): IssuedContent {
  const liveItems = new Map(live.items.map((item) => [item.id, item]));
  const items = issued.items.map((item): IssuedItem => ({
    ...item,
    ...mergeFields(item, liveItems.get(item.id), ["title", "annotation"], original),
  }));
  return {
    ...issued,
    ...mergeFields(issued, live, ["title", "venue", "documentTitle"], original),
    // Facts for interpreters and conference services, not part of the agenda's text: always as they are now.
    plenaryMeetings: live.plenaryMeetings,
    interpretationLanguages: live.interpretationLanguages,
    items,
  };
}

/** Whether two issues' contents read the same in the original language (translations aside). */
export function sameOriginal(a: LocalizedText, b: LocalizedText, original: Locale): boolean {
  return (a[original] ?? "") === (b[original] ?? "");
}

/** The part of an issue the lists of sessions read. */
export function headerOf(content: IssuedContent): IssuedHeader {
  const { title, venue, startDate, endDate, translationStates } = content;
  return { title, venue, startDate, endDate, translationStates };
}

/** A listed session's title, venue and dates as issued, with today's final translations of unchanged texts. */
export function overlayHeader(live: IssuedHeader, issued: IssuedHeader, original: Locale): IssuedHeader {
  return {
    ...mergeFields(issued, live, ["title", "venue"], original),
    startDate: issued.startDate,
    endDate: issued.endDate,
  } as IssuedHeader;
}
