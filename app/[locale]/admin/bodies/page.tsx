import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { BodiesTable } from "@/components/workspace/bodies/bodies-table";
import { loadWorkspaceBodies } from "@/lib/bodies/loaders";
import { isLocale } from "@/lib/i18n/locales";

export default async function BodiesPage({ params }: PageProps<"/[locale]/admin/bodies">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return <BodiesTable bodies={await loadWorkspaceBodies(locale)} locale={locale} />;
}
