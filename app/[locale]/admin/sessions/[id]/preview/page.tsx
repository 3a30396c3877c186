import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SessionPage } from "@/components/public/session-page";
import { RevisionPanel } from "@/components/workspace/revisions/revision-panel";
import { isLocale } from "@/lib/i18n/locales";
import { loadPendingRevision } from "@/lib/revisions/loaders";
import { loadSessionPreview } from "@/lib/sessions/loaders";

/** The session as the public will read it, drafts included: for the secretariat, rendered per request. */
export default async function PreviewPage({ params }: PageProps<"/[locale]/admin/sessions/[id]/preview">) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const [session, pending] = await Promise.all([loadSessionPreview(locale, id), loadPendingRevision(locale, id)]);
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <>
      <p role="note" className="mb-6 rounded border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
        {t("previewNotice")}
      </p>
      {pending && pending.changes.length > 0 && (
        <div className="mb-6">
          <RevisionPanel
            sessionId={session.id}
            pending={pending}
            locale={locale}
            originalLanguage={session.originalLanguage}
            controls={false}
          />
        </div>
      )}
      <SessionPage session={session} locale={locale} />
    </>
  );
}
