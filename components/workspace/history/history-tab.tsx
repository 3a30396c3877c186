import { getTranslations } from "next-intl/server";
import type { HistoryPage } from "@/lib/history/data";
import type { Locale } from "@/lib/i18n/locales";
import { HistoryEventView } from "./history-event";
import { HistoryFilter } from "./history-filter";
import { HistoryPager } from "./history-pager";

interface Props {
  session: { id: string; originalLanguage: Locale; timeZone: string };
  history: HistoryPage;
  locale: Locale;
  itemId: string | null;
}

export async function HistoryTab({ session, history, locale, itemId }: Props) {
  const t = await getTranslations({ locale, namespace: "history" });
  const base = `/${locale}/admin/sessions/${session.id}/history`;
  const href = (p: number) =>
    `${base}?${new URLSearchParams({ ...(itemId ? { item: itemId } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`;
  return (
    <div>
      <div className="space-y-6">
        <div className="max-w-prose">
          <h2 className="text-xl font-semibold">{t("heading")}</h2>
          <p className="mt-2 text-slate-700">{t("intro")}</p>
        </div>
        <HistoryFilter
          action={base}
          items={history.items}
          selected={itemId}
          locale={locale}
          originalLanguage={session.originalLanguage}
        />
        {history.events.length === 0 ? (
          <p>{itemId ? t("emptyForItem") : t("empty")}</p>
        ) : (
          <ol aria-label={t("caption")} className="space-y-3">
            {history.events.map((event) => (
              <HistoryEventView
                key={event.id}
                event={event}
                locale={locale}
                originalLanguage={session.originalLanguage}
                timeZone={session.timeZone}
              />
            ))}
          </ol>
        )}
        <HistoryPager page={history.page} hasOlder={history.hasOlder} href={href} locale={locale} />
      </div>
    </div>
  );
}
