import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { JournalDay } from "@/components/public/journal-day";
import { formatDayHeading } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { journalDay, loadJournal } from "@/lib/journal/loaders";

// The same page for every reader, cached until a write expires it (lib/cache).
export const revalidate = 3600;
export const dynamic = "error";

export async function generateMetadata({ params }: PageProps<"/[locale]/journal/[date]">): Promise<Metadata> {
  const { locale, date } = await params;
  const day = journalDay(date);
  if (!isLocale(locale) || !day) return {};
  const t = await getTranslations({ locale, namespace: "openData" });
  return { title: t("journalHeading", { date: formatDayHeading(day, locale) }) };
}

// The day comes from the address, never from the clock: every reader of a day's address gets the same page.
export default async function Page({ params }: PageProps<"/[locale]/journal/[date]">) {
  const { locale, date } = await params;
  const day = journalDay(date);
  if (!isLocale(locale) || !day) notFound();
  setRequestLocale(locale);
  return <JournalDay {...await loadJournal(day, locale)} locale={locale} />;
}
