import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { AgendaTab } from "@/components/workspace/agenda/agenda-tab";
import { loadAgendaEditor } from "@/lib/agenda/loaders";
import { isLocale } from "@/lib/i18n/locales";

export default async function SessionAgendaPage({ params }: PageProps<"/[locale]/admin/sessions/[id]/agenda">) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return <AgendaTab agenda={await loadAgendaEditor(locale, id)} locale={locale} />;
}
