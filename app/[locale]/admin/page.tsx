import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { SessionsTable } from "@/components/admin/sessions/sessions-table";
import { actorWithRole } from "@/lib/auth/page-guard";
import { getDb } from "@/lib/db";
import { isLocale } from "@/lib/i18n/locales";
import { listWorkspaceSessions } from "@/lib/sessions/editing/data";

export default async function AdminHome({ params }: PageProps<"/[locale]/admin">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  if (!(await actorWithRole(["SECRETARIAT"]))) return null;
  return <SessionsTable sessions={await listWorkspaceSessions(getDb())} locale={locale} />;
}
