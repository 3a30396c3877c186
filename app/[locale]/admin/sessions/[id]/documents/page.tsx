import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { DocumentsTab } from "@/components/workspace/documents/documents-tab";
import { loadDocumentRegistry } from "@/lib/documents/loaders";
import { isLocale } from "@/lib/i18n/locales";

export default async function SessionDocumentsPage({ params }: PageProps<"/[locale]/admin/sessions/[id]/documents">) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return <DocumentsTab registry={await loadDocumentRegistry(locale, id)} locale={locale} />;
}
