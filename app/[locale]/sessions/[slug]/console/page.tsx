import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConsolePage } from "@/components/console/console-page";
import { isLocale } from "@/lib/i18n/locales";
import { loadConsole } from "@/lib/meeting/loaders";

export async function generateMetadata({ params }: PageProps<"/[locale]/sessions/[slug]/console">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "console" });
  return { title: t("pageTitle"), robots: { index: false } };
}

export default async function Page({ params }: PageProps<"/[locale]/sessions/[slug]/console">) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const data = await loadConsole(locale, slug);
  return <ConsolePage locale={locale} slug={slug} {...data} />;
}
