import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { SessionOverview } from "@/components/admin/sessions/session-overview";
import { actorWithRole } from "@/lib/auth/page-guard";
import { isLocale } from "@/lib/i18n/locales";
import { idParam } from "@/lib/validation/params";

export default async function SessionOverviewPage({ params }: PageProps<"/[locale]/admin/sessions/[id]">) {
  const { locale, id: rawId } = await params;
  const id = idParam(rawId);
  if (!isLocale(locale) || !id) notFound();
  setRequestLocale(locale);
  if (!(await actorWithRole(["SECRETARIAT"]))) return null;
  return <SessionOverview sessionId={id} locale={locale} />;
}
