import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { HistoryTab } from "@/components/workspace/history/history-tab";
import { loadSessionHistory } from "@/lib/history/loaders";
import { isLocale } from "@/lib/i18n/locales";
import { loadEditableSession } from "@/lib/sessions/loaders";
import { idParam, pageParam } from "@/lib/validation/params";

export default async function SessionHistoryPage({
  params,
  searchParams,
}: PageProps<"/[locale]/admin/sessions/[id]/history">) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const { page, item } = await searchParams;
  const itemId = idParam(item);
  const [session, history] = await Promise.all([
    loadEditableSession(locale, id),
    loadSessionHistory(locale, id, { page: pageParam(page), itemId }),
  ]);
  return <HistoryTab session={session} history={history} locale={locale} itemId={itemId} />;
}
