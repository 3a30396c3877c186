import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/ui/localized-text";
import { StatusBadge, sessionStatusTone } from "@/components/ui/status-badge";
import { pickText } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import type { EditableSession } from "@/lib/sessions/editing/data";

export const SESSION_TABS = ["overview", "agenda", "documents", "schedule", "translations", "history"] as const;
export type SessionTab = (typeof SESSION_TABS)[number];

/** The heading and tab bar shared by every workspace page of one session. */
export async function SessionTabs({ session, locale, current }: { session: EditableSession; locale: Locale; current: SessionTab }) {
  const t = await getTranslations({ locale, namespace: "admin" });
  const ts = await getTranslations({ locale, namespace: "session" });
  const tc = await getTranslations({ locale, namespace: "common" });
  const base = `/${locale}/admin/sessions/${session.id}`;
  return (
    <div className="mb-8">
      <p className="text-sm">
        <a href={`/${locale}/admin`} className="text-un underline underline-offset-2">{t("sessions")}</a>
        <span className="mx-2 text-slate-500">/</span>
        <span className="font-mono">{session.body.symbolPrefix}</span>
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">
          <LocalizedText value={pickText(session.title, locale, session.originalLanguage)} fallbackNotice={(language) => tc("fallbackNotice", { language })} />
        </h1>
        <StatusBadge label={ts(`status.${session.status}`)} tone={sessionStatusTone(session.status)} />
        {session.status !== "DRAFT" && (
          <a href={`/${locale}/sessions/${session.slug}`} className="text-sm text-un underline underline-offset-2">{t("viewPublic")}</a>
        )}
      </div>
      <nav aria-label={t("workspace")} className="mt-4 border-b border-slate-300">
        <ul className="-mb-px flex flex-wrap gap-1">
          {SESSION_TABS.map((tab) => (
            <li key={tab}>
              <a
                href={tab === "overview" ? base : `${base}/${tab}`}
                aria-current={tab === current ? "page" : undefined}
                className={`inline-block rounded-t border px-3 py-2 text-sm ${tab === current ? "border-slate-300 border-b-white bg-white font-semibold" : "border-transparent text-un hover:underline"}`}
              >
                {t(`tabs.${tab}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
