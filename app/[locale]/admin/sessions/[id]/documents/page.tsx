import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { DocumentsWorkspace } from "@/components/admin/documents/documents-workspace";
import { actorWithRole } from "@/lib/auth/page-guard";
import { isLocale } from "@/lib/i18n/locales";
import { idParam } from "@/lib/validation/params";

export default async function SessionDocumentsPage({ params }: PageProps<"/[locale]/admin/sessions/[id]/documents">) {
  const { locale, id: rawId } = await params;
  const id = idParam(rawId);
  if (!isLocale(locale) || !id) notFound();
  setRequestLocale(locale);
  if (!(await actorWithRole(["SECRETARIAT"]))) return null;
  return <DocumentsWorkspace sessionId={id} locale={locale} />;
}
