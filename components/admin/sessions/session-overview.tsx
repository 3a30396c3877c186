import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/localized-text";
import { getScheduleFacts } from "@/lib/schedule/data";
import { warningLabels } from "@/lib/schedule/warning-labels";
import { scheduleWarnings } from "@/lib/schedule/warnings";
import { getEditableSession, listBodies } from "@/lib/sessions/editing/data";
import { timeZoneChoices } from "@/lib/sessions/editing/time-zones";
import { LifecyclePanel } from "./lifecycle-panel";
import { SessionForm } from "./session-form";
import { SessionTabs } from "./session-tabs";

export async function SessionOverview({ sessionId, locale }: { sessionId: string; locale: Locale }) {
  const db = getDb();
  const [session, facts, bodies] = await Promise.all([getEditableSession(db, sessionId), getScheduleFacts(db, sessionId), listBodies(db)]);
  if (!session || !facts) notFound();
  const lang = session.originalLanguage;
  return (
    <div>
      <SessionTabs session={session} locale={locale} current="overview" />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <SessionForm
          locale={locale}
          timeZones={timeZoneChoices()}
          bodies={bodies.map((b) => ({ id: b.id, label: `${b.symbolPrefix} — ${pickText(b.name, locale, b.originalLanguage)?.text ?? ""}` }))}
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
            },
          }}
        />
        <LifecyclePanel
          locale={locale}
          session={{ id: session.id, version: session.version, status: session.status, ordinal: session.ordinal, slug: session.slug, itemCount: facts.items.length }}
          warnings={scheduleWarnings(facts)}
          labels={warningLabels(facts, locale)}
        />
      </div>
    </div>
  );
}
