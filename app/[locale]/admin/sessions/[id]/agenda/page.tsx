import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { AgendaEditorPage } from "@/components/admin/agenda/agenda-editor-page";
import { actorWithRole } from "@/lib/auth/page-guard";
import { isLocale } from "@/lib/i18n/locales";
import { idParam } from "@/lib/validation/params";

export default async function SessionAgendaPage({ params }: PageProps<"/[locale]/admin/sessions/[id]/agenda">) {
  const { locale, id: rawId } = await params;
  const id = idParam(rawId);
  if (!isLocale(locale) || !id) notFound();
  setRequestLocale(locale);
  if (!(await actorWithRole(["SECRETARIAT"]))) return null;
  return <AgendaEditorPage sessionId={id} locale={locale} />;
}
