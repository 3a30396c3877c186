import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SessionTabs } from "@/components/admin/sessions/session-tabs";
import { listSessionHistory } from "@/lib/audit/data";
import { getDb } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { getEditableSession } from "@/lib/sessions/editing/data";
import { HistoryEventView } from "./history-event";
import { HistoryFilter } from "./history-filter";
import { HistoryPager } from "./history-pager";

interface Props {
  sessionId: string;
  locale: Locale;
  page: number;
  itemId: string | null;
}

export async function HistoryWorkspace({ sessionId, locale, page, itemId }: Props) {
  const db = getDb();
  const [session, history] = await Promise.all([getEditableSession(db, sessionId), listSessionHistory(db, sessionId, { page, itemId, locale })]);
  if (!session) notFound();
  const t = await getTranslations({ locale, namespace: "history" });
  const base = `/${locale}/admin/sessions/${sessionId}/history`;
  const href = (p: number) => `${base}?${new URLSearchParams({ ...(itemId ? { item: itemId } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`;
  return (
    <div>
      <SessionTabs session={session} locale={locale} current="history" />
      <div className="space-y-6">
        <div className="max-w-prose">
          <h2 className="text-xl font-semibold">{t("heading")}</h2>
          <p className="mt-2 text-slate-700">{t("intro")}</p>
        </div>
        <HistoryFilter action={base} items={history.items} selected={itemId} locale={locale} originalLanguage={session.originalLanguage} />
        {history.events.length === 0 ? (
          <p>{itemId ? t("emptyForItem") : t("empty")}</p>
        ) : (
          <ol aria-label={t("caption")} className="space-y-3">
            {history.events.map((event) => (
              <HistoryEventView key={event.id} event={event} locale={locale} originalLanguage={session.originalLanguage} />
            ))}
          </ol>
        )}
        <HistoryPager page={history.page} hasOlder={history.hasOlder} href={href} locale={locale} />
      </div>
    </div>
  );
}
