import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { DocumentsTab } from "@/components/workspace/documents/documents-tab";
import { loadDocumentRegistry } from "@/lib/documents/loaders";
import { isLocale } from "@/lib/i18n/locales";
import { pageParam } from "@/lib/validation/params";

export default async function SessionDocumentsPage({
  params,
  searchParams,
}: PageProps<"/[locale]/admin/sessions/[id]/documents">) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const registry = await loadDocumentRegistry(locale, id, pageParam((await searchParams).page));
  return <DocumentsTab registry={registry} locale={locale} />;
}
