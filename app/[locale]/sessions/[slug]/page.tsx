import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { SessionPage } from "@/components/session/session-page";
import { canSeeRestricted, getCurrentActor } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db";
import { pickText } from "@/lib/i18n/localized-text";
import { isLocale } from "@/lib/i18n/locales";
import { getPublicSession } from "@/lib/sessions/data";
import { slugParam } from "@/lib/validation/params";

// Metadata and page read the same session once per request.
// An address no session could have is not looked up at all.
const loadSession = cache(async (rawSlug: string) => {
  const slug = slugParam(rawSlug);
  return slug ? getPublicSession(getDb(), slug, canSeeRestricted(await getCurrentActor())) : null;
});

export async function generateMetadata({ params }: PageProps<"/[locale]/sessions/[slug]">): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const session = await loadSession(slug);
  return session ? { title: pickText(session.title, locale, session.originalLanguage)?.text } : {};
}

export default async function Page({ params }: PageProps<"/[locale]/sessions/[slug]">) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const session = await loadSession(slug);
  if (!session) notFound();
  return <SessionPage session={session} locale={locale} />;
}
