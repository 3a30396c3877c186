import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/ui/localized-text";
import { formatDayHeading, formatTimeRange } from "@/lib/i18n/format";
import { wordSeparator, type Locale } from "@/lib/i18n/locales";
import type { DayView } from "@/lib/sessions/session-view";
import { SectionFallbackNotice } from "./section-fallback-notice";

export async function OrganizationOfWork({
  days,
  locale,
  heading,
  fallback,
}: {
  days: DayView[];
  locale: Locale;
  heading: ReactNode;
  /** Languages item titles are shown in instead of the reader's. */
  fallback: readonly Locale[];
}) {
  const t = await getTranslations({ locale, namespace: "session" });
  const ts = await getTranslations({ locale, namespace: "schedule" });
  return (
    <section aria-labelledby="work-heading" className="mt-12">
      <h2 id="work-heading" className="text-2xl font-semibold">
        {heading}
      </h2>
      <SectionFallbackNotice languages={fallback} locale={locale} />
      {days.length === 0 && <p className="mt-3 text-slate-600">{t("noOrganizationOfWork")}</p>}
      {days.map((day) => (
        <table
          key={day.date}
          className="mt-6 w-full border-collapse text-start text-sm sm:text-base"
          data-day={day.date}
        >
          <caption className="mb-2 text-start text-lg font-semibold">{formatDayHeading(day.date, locale)}</caption>
          <thead>
            <tr className="border-b-2 border-slate-300 text-start">
              <th scope="col" className="w-1/4 py-2 pe-3 text-start font-semibold">
                {t("dateAndTime")}
              </th>
              <th scope="col" className="w-24 py-2 pe-3 text-start font-semibold">
                {t("agendaItem")}
              </th>
              <th scope="col" className="py-2 text-start font-semibold">
                {t("titleOrDescription")}
              </th>
            </tr>
          </thead>
          {day.slots.map((slot) => (
            <tbody key={slot.id} className="border-b border-slate-200" data-slot={slot.id}>
              {slot.entries.map((entry, index) => (
                <tr key={entry.itemId} className="align-top">
                  {index === 0 && (
                    <th
                      scope="rowgroup"
                      rowSpan={slot.entries.length}
                      className="py-2 pe-3 text-start font-normal whitespace-nowrap"
                    >
                      {formatTimeRange(slot.startMinutes, slot.endMinutes, locale)}
                    </th>
                  )}
                  <td className="py-2 pe-3 tabular-nums">{entry.number}</td>
                  <td className="py-2">
                    <LocalizedText value={entry.title} />
                    {entry.continued && (
                      <>
                        {wordSeparator(locale)}
                        <span className="text-slate-700">{ts("continued")}</span>
                      </>
                    )}
                  </td>
                </tr>
              ))}
              {slot.entries.length === 0 && (
                <tr>
                  <th scope="row" className="py-2 pe-3 text-start font-normal">
                    {formatTimeRange(slot.startMinutes, slot.endMinutes, locale)}
                  </th>
                  <td colSpan={2} className="py-2 text-slate-600">
                    —
                  </td>
                </tr>
              )}
            </tbody>
          ))}
        </table>
      ))}
    </section>
  );
}
