import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/ui/localized-text";
import { PaginationNav } from "@/components/ui/pagination-nav";
import { StatusBadge, sessionStatusTone } from "@/components/ui/status-badge";
import { formatDateRange } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import type { PageInfo } from "@/lib/pagination/page";
import type { WorkspaceSessionRow } from "@/lib/sessions/workspace/data";

interface Props {
  sessions: WorkspaceSessionRow[];
  page: PageInfo;
  locale: Locale;
}

export async function SessionsTable({ sessions, page, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "admin" });
  const ts = await getTranslations({ locale, namespace: "session" });
  const tc = await getTranslations({ locale, namespace: "common" });
  const notice = (language: string) => tc("fallbackNotice", { language });
  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("sessions")}</h1>
        <div className="flex flex-wrap gap-3">
          <a
            href={`/${locale}/admin/bodies`}
            className="rounded border border-un px-4 py-2 font-medium text-un hover:bg-slate-50"
          >
            {t("bodies.link")}
          </a>
          <a
            href={`/${locale}/admin/import`}
            className="rounded border border-un px-4 py-2 font-medium text-un hover:bg-slate-50"
          >
            {t("importLink")}
          </a>
          <a
            href={`/${locale}/admin/sessions/new`}
            className="rounded bg-un px-4 py-2 font-medium text-white hover:bg-un-dark"
          >
            {t("newSession")}
          </a>
        </div>
      </div>
      {sessions.length === 0 ? (
        <p className="mt-6 text-slate-700">{t("noSessions")}</p>
      ) : (
        <table className="mt-6 w-full border-collapse text-start">
          <thead>
            <tr className="border-b-2 border-slate-300">
              {(["session", "body", "dates", "status", "items"] as const).map((column) => (
                <th key={column} scope="col" className="py-2 pe-3 text-start font-semibold">
                  {t(`columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={session.id} className="border-b border-slate-200 align-top">
                <td className="py-2 pe-3">
                  <a
                    href={`/${locale}/admin/sessions/${session.id}`}
                    className="font-medium text-un underline-offset-2 hover:underline"
                  >
                    <LocalizedText
                      value={pickText(session.title, locale, session.originalLanguage)}
                      fallbackNotice={notice}
                    />
                  </a>
                </td>
                <td className="py-2 pe-3 font-mono text-sm">{session.body.symbolPrefix}</td>
                <td className="py-2 pe-3 whitespace-nowrap">
                  {formatDateRange(session.startDate, session.endDate, locale)}
                </td>
                <td className="py-2 pe-3">
                  <StatusBadge label={ts(`status.${session.status}`)} tone={sessionStatusTone(session.status)} />
                </td>
                <td className="py-2 pe-3 tabular-nums">{session.itemCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <PaginationNav
        page={page}
        href={(n) => (n > 1 ? `/${locale}/admin?page=${n}` : `/${locale}/admin`)}
        label={t("sessionPages")}
        locale={locale}
      />
    </div>
  );
}
