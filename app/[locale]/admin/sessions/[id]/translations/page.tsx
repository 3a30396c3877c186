import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { TranslationsTab } from "@/components/workspace/translations/translations-tab";
import { isLocale } from "@/lib/i18n/locales";
import { loadTranslationWorkspace } from "@/lib/translations/loaders";

export default async function SessionTranslationsPage({
  params,
  searchParams,
}: PageProps<"/[locale]/admin/sessions/[id]/translations">) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const workspace = await loadTranslationWorkspace(locale, id);
  const { lang, missing } = await searchParams;
  return (
    <TranslationsTab
      sessionId={workspace.sessionId}
      workspace={workspace}
      locale={locale}
      lang={typeof lang === "string" ? lang : undefined}
      onlyMissing={missing === "1"}
    />
  );
}
