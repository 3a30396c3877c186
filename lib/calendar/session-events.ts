import { pickText } from "../i18n/localized-text";
import { wordSeparator, type Locale } from "../i18n/locales";
import { buildSessionView } from "../sessions/session-view";
import type { PublicSession } from "../sessions/types";
import type { CalendarEvent } from "./calendar";

export interface CalendarLabels {
  /** "(continued)" in the reader's language */
  continued: string;
  /** "Items to be taken up:" */
  items: string;
  /** "Session page: {url}" */
  page: (url: string) => string;
}

/** The address of the session's public page, when this deployment's public address is known. */
export type SessionUrl = (slug: string) => string | undefined;

/**
 * One event per slot of a published session's organization of work: the session's title, its venue, and the
 * items taken up with their numbers and "(continued)" where an earlier slot already took them up.
 */
export function sessionEvents(
  session: PublicSession,
  locale: Locale,
  labels: CalendarLabels,
  sessionUrl: SessionUrl = () => undefined,
): CalendarEvent[] {
  const view = buildSessionView(session, locale);
  const summary = pickText(session.title, locale, session.originalLanguage)?.text ?? session.slug;
  const location = pickText(session.venue, locale, session.originalLanguage)?.text ?? "";
  const updated = new Map(session.slots.map((slot) => [slot.id, slot.updatedAt]));
  const url = sessionUrl(session.slug);
  return view.days.flatMap((day) =>
    day.slots.map((slot): CalendarEvent => {
      const lines = slot.entries.map((entry) => {
        const title = entry.title?.text ?? "";
        const continued = entry.continued ? `${wordSeparator(locale)}${labels.continued}` : "";
        return `${entry.number} ${title}${continued}`;
      });
      return {
        uid: `slot-${slot.id}@plenary`,
        date: day.date,
        startMinutes: slot.startMinutes,
        endMinutes: slot.endMinutes,
        timeZone: session.timeZone,
        summary,
        location,
        description: [...(lines.length ? [labels.items, ...lines] : []), ...(url ? ["", labels.page(url)] : [])].join(
          "\n",
        ),
        updatedAt: new Date(updated.get(slot.id) ?? `${day.date}T00:00:00Z`),
        url,
      };
    }),
  );
}
