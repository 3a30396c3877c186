import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConsoleSessions } from "@/components/chairs/console-sessions";
import { isLocale } from "@/lib/i18n/locales";
import { loadConsoleSessions } from "@/lib/sessions/chairs/loaders";

export async function generateMetadata({ params }: PageProps<"/[locale]/console">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "chairs" });
  return { title: t("list.title") };
}

export default async function ConsoleSessionsPage({ params }: PageProps<"/[locale]/console">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const { actor, sessions } = await loadConsoleSessions(locale);
  return <ConsoleSessions sessions={sessions} role={actor.role} locale={locale} />;
}
