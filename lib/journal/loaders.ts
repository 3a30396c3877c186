import "server-only";
import { tagThisPage } from "../cache/page-cache";
import { pageTag } from "../cache/page-tags";
import { getDb } from "../db";
import type { Locale } from "../i18n/locales";
import { getPublicSession } from "../sessions/data";
import { listPublicSlugsMeetingOn } from "./data";
import { addDays, isDateInRange, isoDay, parseIsoDay } from "../validation/dates";
import { journalMeetings } from "./journal-view";

/** A day's address: "2018-07-02", a real day between 1945 and 2200; anything else is not a page. */
export function journalDay(raw: unknown): string | null {
  if (typeof raw !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(raw) || !isDateInRange(raw)) return null;
  // "2018-02-30" would roll over to March: only a day that reads back the same is one.
  const day = parseIsoDay(raw);
  return day && isoDay(day) === raw ? raw : null;
}

/**
 * The journal of one day. Public and the same for everyone: Restricted links are left out and the date comes
 * from the address only, never from the clock, so the page can be cached.
 */
export async function loadJournal(date: string, locale: Locale) {
  const slugs = await listPublicSlugsMeetingOn(getDb(), date);
  const sessions = (await Promise.all(slugs.map((slug) => getPublicSession(getDb(), slug, false)))).flatMap((s) =>
    s ? [s] : [],
  );
  // Cached (lib/cache): a new session meeting that day, or a change to one that does, renders it anew.
  await tagThisPage([
    pageTag.sessions,
    ...sessions.flatMap((session) => [
      pageTag.session(session.id),
      ...session.documents.map((document) => pageTag.document(document.id)),
    ]),
  ]);
  const previous = addDays(date, -1);
  const next = addDays(date, 1);
  return {
    date,
    meetings: journalMeetings(sessions, date, locale),
    previous: isDateInRange(previous) ? previous : null,
    next: isDateInRange(next) ? next : null,
  };
}
