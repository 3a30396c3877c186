import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { SessionList } from "@/components/public/session-list";
import { isLocale } from "@/lib/i18n/locales";
import { loadPublicSessions } from "@/lib/sessions/loaders";

export default async function SessionsPage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const sessions = await loadPublicSessions();
  return <SessionList sessions={sessions} locale={locale} today={new Date().toISOString().slice(0, 10)} />;
}
