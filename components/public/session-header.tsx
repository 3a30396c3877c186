import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/ui/localized-text";
import { capitalizeFirst, formatDateRange, formatList, formatTimeZone } from "@/lib/i18n/format";
import { isolate } from "@/lib/i18n/bidi";
import { LOCALE_NAMES, type Locale } from "@/lib/i18n/locales";
import { sessionHeading } from "@/lib/sessions/session-heading";
import type { PublicSession } from "@/lib/sessions/types";
import { LiveSessionStatusBadge, PublicConnectionStatus } from "./live/live-session-text";
import { SectionFallbackNotice } from "./section-fallback-notice";

export async function SessionHeader({
  session,
  locale,
  fallback,
}: {
  session: PublicSession;
  locale: Locale;
  /** Languages the heading's texts are shown in instead of the reader's (names, title, venue). */
  fallback: readonly Locale[];
}) {
  const t = await getTranslations({ locale, namespace: "session" });
  const heading = sessionHeading(session, locale);
  const dates = formatDateRange(session.startDate, session.endDate, locale);
  return (
    <header className="border-b border-slate-200 pb-6">
      <SectionFallbackNotice languages={fallback} locale={locale} />
      {heading.parentName && (
        <p className="text-sm text-slate-600">
          <LocalizedText value={heading.parentName} />
        </p>
      )}
      <p className="mt-1 font-medium text-slate-800">
        <LocalizedText value={heading.bodyName} />
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">
        <LocalizedText value={heading.title} />
      </h1>
      <p className="mt-1 text-lg text-slate-700">
        {capitalizeFirst(t("ordinalTerm", { term: session.body.sessionTerm, ordinal: heading.ordinalWord }), locale)}
      </p>
      <dl className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-2 text-slate-800">
        <div>
          <dt className="sr-only">{t("dateAndTime")}</dt>
          <dd>
            {t.rich("datesAndVenue", {
              venue: () => <LocalizedText value={heading.venue} />,
              dates,
            })}
          </dd>
        </div>
        {session.agendaSymbol && (
          <div>
            <dt className="sr-only">{t("symbol")}</dt>
            <dd className="font-mono text-sm">{t("agendaSymbol", { symbol: session.agendaSymbol })}</dd>
          </div>
        )}
        <div>
          <dt className="sr-only">{t("status.PROVISIONAL")}</dt>
          <dd>
            <LiveSessionStatusBadge /> <PublicConnectionStatus className="ms-2" />
          </dd>
        </div>
      </dl>
      <p className="mt-3 text-sm text-slate-600">
        {t("timeZoneNote", {
          venue: isolate(heading.venue?.text ?? session.timeZone),
          zone: formatTimeZone(session.timeZone, session.startDate, locale),
        })}{" "}
        {t("plenaryMeetings", { count: session.plenaryMeetings })}
        {session.interpretationLanguages.length > 0 &&
          ` · ${t("interpretation", {
            languages: formatList(
              session.interpretationLanguages.map((l) => LOCALE_NAMES[l]),
              locale,
            ),
          })}`}
      </p>
    </header>
  );
}
