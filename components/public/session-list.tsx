import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/ui/localized-text";
import { StatusBadge, sessionStatusTone } from "@/components/ui/status-badge";
import { formatDateRange } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { sessionHeading } from "@/lib/sessions/session-heading";
import type { PublicSessionSummary } from "@/lib/sessions/types";
import { OpenDataNav } from "./open-data-nav";

/** Upcoming sessions, the latest that ended, and the way to every earlier one by year. */
export async function SessionList({
  upcoming,
  recent,
  years,
  locale,
}: {
  upcoming: PublicSessionSummary[];
  recent: PublicSessionSummary[];
  years: number[];
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "session" });
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{t("listTitle")}</h1>
      <p className="mt-2 max-w-prose text-slate-700">{t("listIntro")}</p>
      <OpenDataNav locale={locale} />
      <SessionGroup id="upcoming" title={t("upcoming")} empty={t("noUpcoming")} sessions={upcoming} locale={locale} />
      <SessionGroup id="past" title={t("past")} empty={t("noPast")} sessions={recent} locale={locale} />
      {years.length > 0 && (
        <nav aria-labelledby="archive-heading" className="mt-10">
          <h2 id="archive-heading" className="text-xl font-semibold">
            {t("archive")}
          </h2>
          <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-2">
            {years.map((year) => (
              <li key={year}>
                <a
                  href={`/${locale}/years/${year}`}
                  className="text-un underline underline-offset-2 hover:text-un-dark"
                >
                  {year}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}

/** Every public session that began in one year. */
export async function YearSessionList({
  year,
  sessions,
  locale,
}: {
  year: number;
  sessions: PublicSessionSummary[];
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "session" });
  return (
    <div>
      <p className="text-sm">
        <a href={`/${locale}`} className="text-un underline underline-offset-2">
          {t("backToList")}
        </a>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{t("yearTitle", { year: String(year) })}</h1>
      <SessionGroup
        id="year"
        title={t("yearTitle", { year: String(year) })}
        hideTitle
        empty={t("noSessionsInYear", { year: String(year) })}
        sessions={sessions}
        locale={locale}
      />
    </div>
  );
}

async function SessionGroup(props: {
  id: string;
  title: string;
  hideTitle?: boolean;
  empty: string;
  sessions: PublicSessionSummary[];
  locale: Locale;
}) {
  const { id, title, hideTitle = false, empty, sessions, locale } = props;
  const t = await getTranslations({ locale, namespace: "session" });
  const tc = await getTranslations({ locale, namespace: "common" });
  const notice = (language: string) => tc("fallbackNotice", { language });
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10">
      <h2 id={`${id}-heading`} className={hideTitle ? "sr-only" : "text-xl font-semibold"}>
        {title}
      </h2>
      {sessions.length === 0 ? (
        <p className="mt-3 text-slate-600">{empty}</p>
      ) : (
        <ul className="mt-4 divide-y divide-slate-200 border-y border-slate-200">
          {sessions.map((session) => {
            const heading = sessionHeading(session, locale);
            return (
              <li key={session.slug} className="py-4">
                <p className="text-sm text-slate-600">
                  <LocalizedText value={heading.bodyName} fallbackNotice={notice} />
                </p>
                <h3 className="mt-1 text-lg font-semibold">
                  <a
                    href={`/${locale}/sessions/${session.slug}`}
                    className="text-un underline-offset-2 hover:underline"
                  >
                    <LocalizedText value={heading.title} fallbackNotice={notice} />
                  </a>
                </h3>
                <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
                  <span>
                    {t.rich("datesAndVenue", {
                      venue: () => <LocalizedText value={heading.venue} fallbackNotice={notice} />,
                      dates: formatDateRange(session.startDate, session.endDate, locale),
                    })}
                  </span>
                  <StatusBadge label={t(`status.${session.status}`)} tone={sessionStatusTone(session.status)} />
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
