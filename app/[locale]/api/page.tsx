import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ApiReference } from "@/components/public/api-reference";
import { openApiDocument } from "@/lib/api/openapi";
import { isLocale } from "@/lib/i18n/locales";

export async function generateMetadata({ params }: PageProps<"/[locale]/api">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: (await getTranslations({ locale, namespace: "openData" }))("apiTitle") };
}

export default async function Page({ params }: PageProps<"/[locale]/api">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return <ApiReference spec={openApiDocument()} locale={locale} />;
}
