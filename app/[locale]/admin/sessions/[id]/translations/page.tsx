import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { TranslationsWorkspace } from "@/components/admin/translations/translations-workspace";
import { actorWithRole } from "@/lib/auth/page-guard";
import { isLocale } from "@/lib/i18n/locales";
import { idParam } from "@/lib/validation/params";

export default async function SessionTranslationsPage({ params, searchParams }: PageProps<"/[locale]/admin/sessions/[id]/translations">) {
  const { locale, id: rawId } = await params;
  const id = idParam(rawId);
  if (!isLocale(locale) || !id) notFound();
  setRequestLocale(locale);
  if (!(await actorWithRole(["SECRETARIAT"]))) return null;
  const { lang, missing } = await searchParams;
  return <TranslationsWorkspace sessionId={id} locale={locale} lang={typeof lang === "string" ? lang : undefined} onlyMissing={missing === "1"} />;
}
