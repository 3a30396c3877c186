import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SessionForm } from "@/components/workspace/sessions/session-form";
import { isLocale } from "@/lib/i18n/locales";
import { timeZoneChoices } from "@/lib/sessions/workspace/time-zones";
import { loadBodyChoices } from "@/lib/sessions/loaders";

export default async function NewSessionPage({ params }: PageProps<"/[locale]/admin/sessions/new">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const bodies = await loadBodyChoices(locale);
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <div className="max-w-3xl">
      <h1 className="mb-6 text-2xl font-bold">{t("newSession")}</h1>
      <SessionForm locale={locale} timeZones={timeZoneChoices()} bodies={bodies} />
    </div>
  );
}
