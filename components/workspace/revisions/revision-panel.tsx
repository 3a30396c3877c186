import { getTranslations } from "next-intl/server";
import { changeTranslator } from "@/components/public/revision-lines";
import { formatUnDate } from "@/lib/i18n/un-dates";
import type { Locale } from "@/lib/i18n/locales";
import { describeChanges } from "@/lib/revisions/describe";
import type { PendingRevision } from "@/lib/revisions/types";
import { IssueRevisionControls } from "./issue-revision-controls";

interface Props {
  sessionId: string;
  pending: PendingRevision;
  locale: Locale;
  originalLanguage: Locale;
  /** The preview tab shows what is pending without the buttons. */
  controls?: boolean;
}

/** A published session's latest issue, what editing has changed since, and the way to issue it. */
export async function RevisionPanel({ sessionId, pending, locale, originalLanguage, controls = true }: Props) {
  const t = await getTranslations({ locale, namespace: "revisions.workspace" });
  const lines = describeChanges(pending.changes, { locale, originalLanguage, t: await changeTranslator(locale) });
  const { latest } = pending;
  return (
    <section aria-labelledby="revisions-panel-heading" className="space-y-3 rounded border border-slate-300 p-4">
      <h2 id="revisions-panel-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p>
        {t("latest", { kind: latest.kind, number: String(latest.number), date: formatUnDate(latest.issuedOn, locale) })}
        {latest.symbol && (
          <>
            {" "}
            (<bdi dir="ltr">{latest.symbol}</bdi>)
          </>
        )}
      </p>
      <p className="text-sm text-slate-700">{t("help")}</p>
      {lines.length === 0 ? (
        <p className="text-sm">{t("none")}</p>
      ) : (
        <div className="rounded border border-amber-300 bg-amber-50 p-3">
          <h3 className="font-medium">{t("pendingTitle")}</h3>
          <ul className="mt-1 list-disc space-y-0.5 ps-6 text-sm" data-testid="pending-changes">
            {lines.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {controls && lines.length > 0 && (
        <IssueRevisionControls
          sessionId={sessionId}
          expectedSequence={latest.sequence}
          nextRevisionSymbol={pending.nextRevisionSymbol}
          nextCorrigendumSymbol={pending.nextCorrigendumSymbol}
          previewHref={`/${locale}/admin/sessions/${sessionId}/preview`}
        />
      )}
    </section>
  );
}
