import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { SchedulePage } from "@/components/admin/schedule/schedule-page";
import { actorWithRole } from "@/lib/auth/page-guard";
import { isLocale } from "@/lib/i18n/locales";
import { idParam } from "@/lib/validation/params";

export default async function SessionSchedulePage({ params }: PageProps<"/[locale]/admin/sessions/[id]/schedule">) {
  const { locale, id: rawId } = await params;
  const id = idParam(rawId);
  if (!isLocale(locale) || !id) notFound();
  setRequestLocale(locale);
  if (!(await actorWithRole(["SECRETARIAT"]))) return null;
  return <SchedulePage sessionId={id} locale={locale} />;
}
