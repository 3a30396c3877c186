import { pickText, type PickedText } from "../i18n/localized-text";
import { pickVenue } from "../i18n/venue";
import type { Locale } from "../i18n/locales";
import { buildSessionView, type DocumentView, type ItemView } from "../sessions/session-view";
import type { PublicSession } from "../sessions/types";

/**
 * One day of the journal: every meeting (slot) of every published session that day, in order of local start
 * time (each at its own venue's time), with the items to be taken up and their documents. Pure.
 */
export interface JournalMeeting {
  id: string;
  slug: string;
  sessionTitle: PickedText | null;
  bodyName: PickedText | null;
  venue: PickedText | null;
  timeZone: string;
  startMinutes: number;
  endMinutes: number;
  items: Array<{
    id: string;
    number: string;
    anchor: string;
    title: PickedText | null;
    continued: boolean;
    documents: DocumentView[];
  }>;
}

function flatten(items: ItemView[]): ItemView[] {
  return items.flatMap((item) => [item, ...flatten(item.children)]);
}

export function journalMeetings(sessions: PublicSession[], date: string, locale: Locale): JournalMeeting[] {
  const meetings = sessions.flatMap((session) => {
    const view = buildSessionView(session, locale);
    const items = new Map(flatten(view.items).map((item) => [item.id, item]));
    const day = view.days.find((d) => d.date === date);
    return (day?.slots ?? []).map((slot): JournalMeeting => ({
      id: slot.id,
      slug: session.slug,
      sessionTitle: pickText(session.title, locale, session.originalLanguage),
      bodyName: pickText(session.body.name, locale, session.body.originalLanguage),
      venue: pickVenue(session.venue, locale, session.originalLanguage, session.body.workingLanguages),
      timeZone: session.timeZone,
      startMinutes: slot.startMinutes,
      endMinutes: slot.endMinutes,
      items: slot.entries.map((entry) => {
        const item = items.get(entry.itemId);
        return {
          id: entry.itemId,
          number: entry.number,
          anchor: item?.anchor ?? "",
          title: entry.title,
          continued: entry.continued,
          documents: item?.documents ?? [],
        };
      }),
    }));
  });
  return meetings.sort(
    (a, b) => a.startMinutes - b.startMinutes || a.endMinutes - b.endMinutes || (a.slug < b.slug ? -1 : 1),
  );
}
