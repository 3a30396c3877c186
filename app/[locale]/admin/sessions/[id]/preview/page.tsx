import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SessionPage } from "@/components/public/session-page";
import { isLocale } from "@/lib/i18n/locales";
import { loadSessionPreview } from "@/lib/sessions/loaders";

/**
 * The session as the public will read it, drafts and pending revisions included (a pending revision with its
 * symbol and changelog as if issued today): for the secretariat, rendered per request.
 */
export default async function PreviewPage({ params }: PageProps<"/[locale]/admin/sessions/[id]/preview">) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const { session, pending } = await loadSessionPreview(locale, id);
  const t = await getTranslations({ locale, namespace: "admin" });
  const tr = await getTranslations({ locale, namespace: "revisions.workspace" });
  return (
    <>
      <p role="note" className="mb-6 rounded border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
        {pending && pending.changes.length > 0 ? tr("previewPending") : t("previewNotice")}
      </p>
      <SessionPage session={session} locale={locale} />
    </>
  );
}
