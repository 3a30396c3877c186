import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { SessionsTable } from "@/components/workspace/sessions/sessions-table";
import { isLocale } from "@/lib/i18n/locales";
import { loadWorkspaceSessions } from "@/lib/sessions/loaders";

export default async function AdminHome({ params }: PageProps<"/[locale]/admin">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return <SessionsTable sessions={await loadWorkspaceSessions(locale)} locale={locale} />;
}
