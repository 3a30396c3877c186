import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { HistoryWorkspace } from "@/components/admin/history/history-workspace";
import { actorWithRole } from "@/lib/auth/page-guard";
import { isLocale } from "@/lib/i18n/locales";
import { idParam, pageParam } from "@/lib/validation/params";

export default async function SessionHistoryPage({ params, searchParams }: PageProps<"/[locale]/admin/sessions/[id]/history">) {
  const { locale, id: rawId } = await params;
  const id = idParam(rawId);
  if (!isLocale(locale) || !id) notFound();
  setRequestLocale(locale);
  if (!(await actorWithRole(["SECRETARIAT"]))) return null;
  const { page, item } = await searchParams;
  return <HistoryWorkspace sessionId={id} locale={locale} page={pageParam(page)} itemId={idParam(item)} />;
}
