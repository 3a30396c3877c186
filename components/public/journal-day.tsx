import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/ui/localized-text";
import { formatDayHeading, formatTimeRange, formatTimeZone } from "@/lib/i18n/format";
import { wordSeparator, type Locale } from "@/lib/i18n/locales";
import type { JournalMeeting } from "@/lib/journal/journal-view";
import { VersionLinks } from "./version-links";

/** The journal of one day: each meeting at its venue's local time, the items to be taken up and their documents. */
export async function JournalDay(props: {
  date: string;
  meetings: JournalMeeting[];
  previous: string | null;
  next: string | null;
  locale: Locale;
}) {
  const { date, meetings, previous, next, locale } = props;
  const t = await getTranslations({ locale, namespace: "openData" });
  const ts = await getTranslations({ locale, namespace: "schedule" });
  const tc = await getTranslations({ locale, namespace: "common" });
  const tsession = await getTranslations({ locale, namespace: "session" });
  const notice = (language: string) => tc("fallbackNotice", { language });
  const day = (d: string) => formatDayHeading(d, locale);
  return (
    <article>
      <p className="text-sm font-medium text-slate-600">{t("journalTitle")}</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">{t("journalHeading", { date: day(date) })}</h1>
      <p className="mt-2 max-w-prose text-slate-700">{t("journalIntro")}</p>
      <nav aria-label={t("journalDays")} className="no-print mt-4">
        <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
          {previous && (
            <li>
              <a
                href={`/${locale}/journal/${previous}`}
                rel="prev"
                className="text-un underline underline-offset-2 hover:text-un-dark"
              >
                {t("previousDay", { date: day(previous) })}
              </a>
            </li>
          )}
          {next && (
            <li>
              <a
                href={`/${locale}/journal/${next}`}
                rel="next"
                className="text-un underline underline-offset-2 hover:text-un-dark"
              >
                {t("nextDay", { date: day(next) })}
              </a>
            </li>
          )}
        </ul>
      </nav>
      {meetings.length === 0 && <p className="mt-8 text-slate-700">{t("noMeetings")}</p>}
      <ol className="mt-8 space-y-8">
        {meetings.map((meeting) => (
          <li key={meeting.id} data-meeting={meeting.id} className="border-t border-slate-200 pt-4">
            <h2 className="text-xl font-semibold">
              {formatTimeRange(meeting.startMinutes, meeting.endMinutes, locale)}
              {" · "}
              <a
                href={`/${locale}/sessions/${encodeURIComponent(meeting.slug)}`}
                className="text-un underline underline-offset-2 hover:text-un-dark"
              >
                <LocalizedText value={meeting.sessionTitle} fallbackNotice={notice} />
              </a>
            </h2>
            <p className="mt-1 text-sm text-slate-700">
              <LocalizedText value={meeting.bodyName} fallbackNotice={notice} />
              {" · "}
              <LocalizedText value={meeting.venue} fallbackNotice={notice} />
              {" · "}
              {t("localTime", { zone: formatTimeZone(meeting.timeZone, date, locale) })}
            </p>
            <h3 className="mt-3 font-semibold">{t("itemsToBeTakenUp")}</h3>
            {meeting.items.length === 0 ? (
              <p className="mt-1 text-slate-600">{t("noItems")}</p>
            ) : (
              <ul className="mt-1 space-y-3">
                {meeting.items.map((item) => (
                  <li key={item.id}>
                    <a
                      href={`/${locale}/sessions/${encodeURIComponent(meeting.slug)}#${item.anchor}`}
                      className="text-un underline underline-offset-2 hover:text-un-dark"
                    >
                      <span className="tabular-nums">{item.number}</span>{" "}
                      <LocalizedText value={item.title} fallbackNotice={notice} />
                    </a>
                    {item.continued && (
                      <>
                        {wordSeparator(locale)}
                        <span className="text-slate-700">{ts("continued")}</span>
                      </>
                    )}
                    {item.documents.length > 0 && (
                      <ul className="mt-1 ms-6 space-y-2 text-sm" aria-label={t("documentsOfItem")}>
                        {item.documents.map((doc) => (
                          <li key={doc.id} data-symbol={doc.symbol}>
                            <span className="font-mono" dir="ltr">
                              {doc.symbol}
                            </span>{" "}
                            <LocalizedText value={doc.title} fallbackNotice={notice} />
                            <VersionLinks
                              documentId={doc.id}
                              symbol={doc.symbol}
                              distribution={doc.distribution}
                              versions={doc.versions}
                              locale={locale}
                              label={tsession("languageVersions")}
                            />
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </article>
  );
}
