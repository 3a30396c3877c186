import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/ui/localized-text";
import { StatusBadge, sessionStatusTone } from "@/components/ui/status-badge";
import { pickText } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import type { EditableSession } from "@/lib/sessions/workspace/data";
import { SessionTabNav } from "./session-tab-nav";

export const SESSION_TABS = [
  "overview",
  "agenda",
  "documents",
  "schedule",
  "translations",
  "preview",
  "history",
] as const;

/** The heading and tab bar shared by every workspace page of one session, rendered once by the session's layout. */
export async function SessionTabs({ session, locale }: { session: EditableSession; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "admin" });
  const ts = await getTranslations({ locale, namespace: "session" });
  const tc = await getTranslations({ locale, namespace: "common" });
  const tr = await getTranslations({ locale, namespace: "revisions.workspace" });
  const base = `/${locale}/admin/sessions/${session.id}`;
  return (
    <div className="mb-8">
      <p className="text-sm">
        <a href={`/${locale}/admin`} className="text-un underline underline-offset-2">
          {t("sessions")}
        </a>
        <span className="mx-2 text-slate-500">/</span>
        <span className="font-mono">{session.body.symbolPrefix}</span>
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">
          <LocalizedText
            value={pickText(session.title, locale, session.originalLanguage)}
            fallbackNotice={(language) => tc("fallbackNotice", { language })}
          />
        </h1>
        <StatusBadge label={ts(`status.${session.status}`)} tone={sessionStatusTone(session.status)} />
        {session.status !== "DRAFT" && (
          <a href={`/${locale}/sessions/${session.slug}`} className="text-sm text-un underline underline-offset-2">
            {t("viewPublic")}
          </a>
        )}
      </div>
      <SessionTabNav
        label={t("workspace")}
        tabs={SESSION_TABS.map((tab) => ({
          tab,
          href: tab === "overview" ? base : `${base}/${tab}`,
          label: t(`tabs.${tab}`),
        }))}
      />
      {session.status !== "DRAFT" && <p className="mt-3 text-sm text-slate-700">{tr("editingPublished")}</p>}
    </div>
  );
}
