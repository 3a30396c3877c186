import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { OverviewTab } from "@/components/workspace/sessions/overview-tab";
import { isLocale } from "@/lib/i18n/locales";
import { loadSessionChairs } from "@/lib/sessions/chairs/loaders";
import { loadPendingRevision } from "@/lib/revisions/loaders";
import { loadSessionOverview } from "@/lib/sessions/loaders";

export default async function SessionOverviewPage({ params }: PageProps<"/[locale]/admin/sessions/[id]">) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const { session, facts, bodies, meeting } = await loadSessionOverview(locale, id);
  const [chairs, pending] = await Promise.all([loadSessionChairs(locale, session.id), loadPendingRevision(locale, id)]);
  return (
    <OverviewTab
      session={session}
      facts={facts}
      bodies={bodies}
      locale={locale}
      chairs={chairs}
      meeting={meeting}
      pending={pending}
    />
  );
}
