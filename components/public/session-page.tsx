import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { sectionFallbacks } from "@/lib/sessions/section-fallbacks";
import { sessionHeading } from "@/lib/sessions/session-heading";
import { buildSessionView } from "@/lib/sessions/session-view";
import type { PublicSession } from "@/lib/sessions/types";
import { AgendaDownloads } from "./agenda-downloads";
import { AgendaList } from "./agenda-list";
import { AnnotationsSection } from "./annotations-section";
import { CalendarLink } from "./calendar-link";
import { DocumentsSection } from "./documents-section";
import { OrganizationOfWork } from "./organization-of-work";
import { RevisionsSection } from "./revisions-section";
import { SessionHeader } from "./session-header";
import { LiveSessionText } from "./live/live-session-text";
import { liveSessionSetting } from "./live/live-setting";
import { MeetingBanner } from "./live/meeting-banner";
import { PublicLiveSession } from "./live/public-live-session";

export async function SessionPage({ session, locale }: { session: PublicSession; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "session" });
  const view = buildSessionView(session, locale);
  // One notice per section for the texts shown in another language, instead of a badge on each of them.
  const fallback = sectionFallbacks(sessionHeading(session, locale), view, locale, session.body.workingLanguages);
  const setting = await liveSessionSetting(session, view.items, locale);
  const agendaHeading = <LiveSessionText kind="agendaHeading" />;
  const workHeading = <LiveSessionText kind="workHeading" />;
  const contents = [
    { href: "#agenda-heading", label: agendaHeading },
    { href: "#annotations-heading", label: t("annotations") },
    ...(view.documents.length > 0 ? [{ href: "#documents-heading", label: t("documents") }] : []),
    { href: "#work-heading", label: workHeading },
  ];
  return (
    <PublicLiveSession initial={session.meeting} setting={setting}>
      <article>
        <SessionHeader session={session} locale={locale} fallback={fallback.header} />
        <MeetingBanner />
        <CalendarLink slug={session.slug} locale={locale} />
        <AgendaDownloads slug={session.slug} locale={locale} />
        <RevisionsSection session={session} locale={locale} />
        <nav aria-label={t("contents")} className="no-print mt-6">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {contents.map((entry) => (
              <li key={entry.href}>
                <a href={entry.href} className="text-un underline underline-offset-2 hover:text-un-dark">
                  {entry.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <AgendaList items={view.items} locale={locale} heading={agendaHeading} fallback={fallback.agenda} />
        <AnnotationsSection items={view.items} locale={locale} fallback={fallback.annotations} />
        <DocumentsSection documents={view.documents} locale={locale} fallback={fallback.documents} />
        <OrganizationOfWork days={view.days} locale={locale} heading={workHeading} fallback={fallback.work} />
      </article>
    </PublicLiveSession>
  );
}
