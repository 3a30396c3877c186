import { getTranslations } from "next-intl/server";
import { formatDateRange, formatTimeZone } from "@/lib/i18n/format";
import { LOCALE_NAMES, wordSeparator, type Locale } from "@/lib/i18n/locales";
import type { ScheduleEditorData } from "@/lib/schedule/workspace/data";
import { editorItemViews } from "@/lib/schedule/workspace/view";
import { warningLabels } from "@/lib/schedule/warning-labels";
import { scheduleWarnings, type ScheduleFacts } from "@/lib/schedule/warnings";
import { SCHEDULE_HEADING_ID } from "./ids";
import { ScheduleEditor } from "./schedule-editor";
import { WarningsPanel } from "./warnings-panel";

/** The secretariat's organization-of-work editor for one session. */
export async function ScheduleTab({
  data,
  facts,
  locale,
}: {
  data: ScheduleEditorData;
  facts: ScheduleFacts;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "scheduleAdmin" });
  const tc = await getTranslations({ locale, namespace: "common" });
  // Client components get finished sentences: the "common" catalogue is not sent to the browser.
  const items = editorItemViews(data.items, locale, data.originalLanguage).map((item) => ({
    ...item,
    fallbackNotice: item.title?.isFallback ? tc("fallbackNotice", { language: LOCALE_NAMES[item.title.lang] }) : null,
  }));
  return (
    <div>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div>
          <h2 id={SCHEDULE_HEADING_ID} tabIndex={-1} className="text-xl font-semibold">
            {t("heading")}
          </h2>
          <p className="mt-1 text-sm text-slate-700">
            {t("sessionDates", { dates: formatDateRange(data.startDate, data.endDate, locale) })}
            {wordSeparator(locale)}
            {t("timeZoneNote", {
              zone: `${formatTimeZone(data.timeZone, data.startDate, locale)}, ${data.timeZone.replaceAll("_", " ")}`,
            })}
          </p>
          <div className="mt-4">
            <ScheduleEditor
              locale={locale}
              sessionId={data.sessionId}
              startDate={data.startDate}
              endDate={data.endDate}
              items={items}
              slots={data.slots}
            />
          </div>
        </div>
        <aside className="lg:sticky lg:top-4 lg:self-start">
          <WarningsPanel locale={locale} warnings={scheduleWarnings(facts)} labels={warningLabels(facts, locale)} />
        </aside>
      </div>
    </div>
  );
}
