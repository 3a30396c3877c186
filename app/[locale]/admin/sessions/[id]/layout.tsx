import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { SessionTabs } from "@/components/workspace/sessions/session-tabs";
import { pickText } from "@/lib/i18n/localized-text";
import { isLocale } from "@/lib/i18n/locales";
import { loadEditableSession } from "@/lib/sessions/loaders";

// A browser tab per session reads as that session, not as "Plenary" six times over.
export async function generateMetadata({ params }: LayoutProps<"/[locale]/admin/sessions/[id]">): Promise<Metadata> {
  const { locale, id } = await params;
  if (!isLocale(locale)) return {};
  const session = await loadEditableSession(locale, id);
  return { title: pickText(session.title, locale, session.originalLanguage)?.text };
}

/** Every tab of one session's workspace: the session is read once per request and its heading and tabs drawn once. */
export default async function SessionWorkspaceLayout({
  children,
  params,
}: LayoutProps<"/[locale]/admin/sessions/[id]">) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const session = await loadEditableSession(locale, id);
  return (
    <div>
      <SessionTabs session={session} locale={locale} />
      {children}
    </div>
  );
}
