import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";

/** The session's meetings as a feed a calendar app subscribes to (and keeps up to date). */
export async function CalendarLink({ slug, locale }: { slug: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "openData" });
  return (
    <p className="no-print mt-4 text-sm">
      <a
        href={`/${locale}/sessions/${encodeURIComponent(slug)}/calendar.ics`}
        type="text/calendar"
        aria-describedby="calendar-hint"
        className="font-medium text-un underline underline-offset-2 hover:text-un-dark"
      >
        {t("subscribe")}
      </a>{" "}
      <span id="calendar-hint" className="text-slate-600">
        {t("subscribeHint")}
      </span>
    </p>
  );
}
