import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DocumentSearch } from "@/components/public/document-search";
import { loadDocumentSearch } from "@/lib/document-search/loaders";
import { isLocale } from "@/lib/i18n/locales";

export async function generateMetadata({ params }: PageProps<"/[locale]/documents">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: (await getTranslations({ locale, namespace: "openData" }))("searchTitle") };
}

export default async function Page({ params, searchParams }: PageProps<"/[locale]/documents">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const { q } = await searchParams;
  const search = await loadDocumentSearch(Array.isArray(q) ? q[0] : q, locale);
  return <DocumentSearch {...search} locale={locale} />;
}
