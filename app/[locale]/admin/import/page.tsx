import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ImportWorkbench } from "@/components/admin/import/import-workbench";
import { actorWithRole } from "@/lib/auth/page-guard";
import { getDb } from "@/lib/db";
import { pickText } from "@/lib/i18n/localized-text";
import { isLocale } from "@/lib/i18n/locales";
import { listBodies } from "@/lib/sessions/editing/data";
import { timeZoneChoices } from "@/lib/sessions/editing/time-zones";

export default async function ImportPage({ params }: PageProps<"/[locale]/admin/import">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  if (!(await actorWithRole(["SECRETARIAT"]))) return null;
  const t = await getTranslations({ locale, namespace: "admin.import" });
  const bodies = (await listBodies(getDb())).map((b) => ({ id: b.id, label: `${b.symbolPrefix} — ${pickText(b.name, locale, b.originalLanguage)?.text ?? ""}` }));
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      <ImportWorkbench locale={locale} timeZones={timeZoneChoices()} bodies={bodies} />
    </div>
  );
}
