import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ImportWorkbench } from "@/components/workspace/import/import-workbench";
import { isLocale } from "@/lib/i18n/locales";
import { timeZoneChoices } from "@/lib/sessions/workspace/time-zones";
import { loadBodyChoices } from "@/lib/sessions/loaders";

export default async function ImportPage({ params }: PageProps<"/[locale]/admin/import">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const bodies = await loadBodyChoices(locale);
  const t = await getTranslations({ locale, namespace: "admin.import" });
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      <ImportWorkbench locale={locale} timeZones={timeZoneChoices()} bodies={bodies} />
    </div>
  );
}
