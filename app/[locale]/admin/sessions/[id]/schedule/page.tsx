import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { ScheduleTab } from "@/components/workspace/schedule/schedule-tab";
import { isLocale } from "@/lib/i18n/locales";
import { loadScheduleEditor } from "@/lib/schedule/loaders";

export default async function SessionSchedulePage({ params }: PageProps<"/[locale]/admin/sessions/[id]/schedule">) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const { data, facts } = await loadScheduleEditor(locale, id);
  return <ScheduleTab data={data} facts={facts} locale={locale} />;
}
