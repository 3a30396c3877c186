import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { SessionsTable } from "@/components/workspace/sessions/sessions-table";
import { isLocale } from "@/lib/i18n/locales";
import { loadWorkspaceSessions } from "@/lib/sessions/loaders";
import { pageParam } from "@/lib/validation/params";

export default async function AdminHome({ params, searchParams }: PageProps<"/[locale]/admin">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const { sessions, page } = await loadWorkspaceSessions(locale, pageParam((await searchParams).page));
  return <SessionsTable sessions={sessions} page={page} locale={locale} />;
}
