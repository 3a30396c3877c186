import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { YearSessionList } from "@/components/public/session-list";
import { isLocale } from "@/lib/i18n/locales";
import { loadPublicSessionsOfYear } from "@/lib/sessions/loaders";

// The same page for every reader, cached until a write expires it (lib/cache).
export const revalidate = 3600;
export const dynamic = "error";

export async function generateMetadata({ params }: PageProps<"/[locale]/years/[year]">): Promise<Metadata> {
  const { locale, year } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "session" });
  return { title: t("yearTitle", { year }) };
}

export default async function YearPage({ params }: PageProps<"/[locale]/years/[year]">) {
  const { locale, year: rawYear } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const { year, sessions } = await loadPublicSessionsOfYear(rawYear);
  return <YearSessionList year={year} sessions={sessions} locale={locale} />;
}
