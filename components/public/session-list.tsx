import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/ui/localized-text";
import { StatusBadge, sessionStatusTone } from "@/components/ui/status-badge";
import { formatDateRange } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { isUpcoming, sessionHeading } from "@/lib/sessions/session-heading";
import type { PublicSessionSummary } from "@/lib/sessions/types";
import { OpenDataNav } from "./open-data-nav";

export async function SessionList({
  sessions,
  locale,
  today,
}: {
  sessions: PublicSessionSummary[];
  locale: Locale;
  today: string;
}) {
  const t = await getTranslations({ locale, namespace: "session" });
  const upcoming = sessions.filter((s) => isUpcoming(s, today)).reverse();
  const past = sessions.filter((s) => !isUpcoming(s, today));
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{t("listTitle")}</h1>
      <p className="mt-2 max-w-prose text-slate-700">{t("listIntro")}</p>
      <OpenDataNav locale={locale} />
      <SessionGroup id="upcoming" title={t("upcoming")} empty={t("noUpcoming")} sessions={upcoming} locale={locale} />
      <SessionGroup id="past" title={t("past")} empty={t("noPast")} sessions={past} locale={locale} />
    </div>
  );
}

async function SessionGroup(props: {
  id: string;
  title: string;
  empty: string;
  sessions: PublicSessionSummary[];
  locale: Locale;
}) {
  const { id, title, empty, sessions, locale } = props;
  const t = await getTranslations({ locale, namespace: "session" });
  const tc = await getTranslations({ locale, namespace: "common" });
  const notice = (language: string) => tc("fallbackNotice", { language });
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
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
