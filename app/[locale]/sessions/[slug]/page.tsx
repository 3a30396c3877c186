import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { SessionPage } from "@/components/public/session-page";
import { pickText } from "@/lib/i18n/localized-text";
import { isLocale } from "@/lib/i18n/locales";
import { loadPublicSession } from "@/lib/sessions/loaders";

// The same page for every reader, cached until a write expires it (lib/cache); rendered anew at least hourly
// for what depends on the date. Anything that reads the request here fails the build instead of going dynamic.
export const revalidate = 3600;
export const dynamic = "error";

export async function generateMetadata({ params }: PageProps<"/[locale]/sessions/[slug]">): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const session = await loadPublicSession(slug);
  return { title: pickText(session.title, locale, session.originalLanguage)?.text };
}

export default async function Page({ params }: PageProps<"/[locale]/sessions/[slug]">) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const session = await loadPublicSession(slug);
  return <SessionPage session={session} locale={locale} />;
}
