import { getTranslations } from "next-intl/server";
import { WarningList, type WarningLabels } from "@/components/workspace/sessions/warning-list";
import type { Locale } from "@/lib/i18n/locales";
import type { ScheduleWarning } from "@/lib/schedule/warnings";

/** What to check in the plan; re-rendered with the page after every save, and announced politely when it changes. */
export async function WarningsPanel({
  locale,
  warnings,
  labels,
}: {
  locale: Locale;
  warnings: ScheduleWarning[];
  labels: WarningLabels;
}) {
  const t = await getTranslations({ locale, namespace: "scheduleAdmin" });
  return (
    <section aria-labelledby="schedule-warnings-heading" className="rounded border border-slate-300 p-4">
      <h2 id="schedule-warnings-heading" className="text-lg font-semibold">
        {t("warnings.heading")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("warnings.explanation")}</p>
      <div aria-live="polite" className="mt-3">
        {warnings.length === 0 ? (
          <p className="text-emerald-800">{t("warnings.none")}</p>
        ) : (
          <div className="rounded border border-amber-300 bg-amber-50 p-3">
            <WarningList warnings={warnings} labels={labels} />
          </div>
        )}
      </div>
    </section>
  );
}
