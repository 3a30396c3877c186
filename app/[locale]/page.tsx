import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { SessionList } from "@/components/public/session-list";
import { isLocale } from "@/lib/i18n/locales";
import { loadPublicSessions } from "@/lib/sessions/loaders";

// The same page for every reader, cached until a write expires it (lib/cache); rendered anew at least hourly
// for what depends on the date. Anything that reads the request here fails the build instead of going dynamic.
export const revalidate = 3600;
export const dynamic = "error";

export default async function SessionsPage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  // Kept for an hour at most, so a session moves from "upcoming" to "past" within an hour of its last day.
  const { upcoming, recent, years } = await loadPublicSessions(new Date().toISOString().slice(0, 10));
  return <SessionList upcoming={upcoming} recent={recent} years={years} locale={locale} />;
}
