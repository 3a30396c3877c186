import type { Locale } from "@/lib/i18n/locales";
import type { ChairPerson } from "@/lib/sessions/chairs/types";
import { warningLabels } from "@/lib/schedule/warning-labels";
import { scheduleWarnings, type ScheduleFacts } from "@/lib/schedule/warnings";
import type { EditableSession } from "@/lib/sessions/workspace/data";
import { timeZoneChoices } from "@/lib/sessions/workspace/time-zones";
import { LiveMeetingProvider } from "@/components/live/live-meeting";
import { orderedItems } from "@/lib/agenda/numbering";
import type { MeetingState } from "@/lib/meeting/types";
import { ChairsPanel } from "../chairs/chairs-panel";
import { MeetingPanel } from "./meeting-panel";
import { LifecyclePanel } from "./lifecycle-panel";
import { SessionForm } from "./session-form";
import { RevisionPanel } from "../revisions/revision-panel";
import type { PendingRevision } from "@/lib/revisions/types";

interface Props {
  session: EditableSession;
  facts: ScheduleFacts;
  bodies: { id: string; label: string }[];
  locale: Locale;
  chairs: { chairs: ChairPerson[]; candidates: ChairPerson[] };
  meeting: MeetingState;
  /** The latest issue and what is pending since; null while the session is a draft. */
  pending: PendingRevision | null;
}

export function OverviewTab({ session, facts, bodies, locale, chairs, meeting, pending }: Props) {
  const lang = session.originalLanguage;
  const numbers = Object.fromEntries(orderedItems(facts.items, locale).map((item) => [item.id, item.number]));
  return (
    <LiveMeetingProvider initial={meeting} refreshOnMeeting>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <SessionForm
          locale={locale}
          timeZones={timeZoneChoices()}
          bodies={bodies}
          existing={{
            id: session.id,
            version: session.version,
            values: {
              ordinal: session.ordinal,
              title: session.title[lang] ?? "",
              venue: session.venue[lang] ?? "",
              timeZone: session.timeZone,
              startDate: session.startDate,
              endDate: session.endDate,
              originalLanguage: lang,
              plenaryMeetings: session.plenaryMeetings,
              interpretationLanguages: session.interpretationLanguages,
              agendaSymbol: session.agendaSymbol ?? "",
              documentTitle: session.documentTitle[lang] ?? "",
            },
          }}
        />
        <div className="space-y-8">
          <MeetingPanel locale={locale} slug={session.slug} numbers={numbers} />
          <LifecyclePanel
            locale={locale}
            session={{
              id: session.id,
              version: session.version,
              status: session.status,
              ordinal: session.ordinal,
              slug: session.slug,
              itemCount: facts.items.length,
              slotCount: facts.slots.length,
            }}
            warnings={scheduleWarnings(facts)}
            labels={warningLabels(facts, locale)}
          />
          {pending && (
            <RevisionPanel sessionId={session.id} pending={pending} locale={locale} originalLanguage={lang} />
          )}
          <ChairsPanel sessionId={session.id} chairs={chairs.chairs} candidates={chairs.candidates} />
        </div>
      </div>
    </LiveMeetingProvider>
  );
}
