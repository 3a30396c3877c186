"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionError, buttonClass, secondaryButtonClass } from "@/components/workspace/form-controls";
import { useAction } from "@/components/workspace/use-action";
import { issueRevisionAction } from "@/lib/revisions/actions";

interface Props {
  sessionId: string;
  expectedSequence: number;
  nextRevisionSymbol: string | null;
  nextCorrigendumSymbol: string | null;
  previewHref: string;
}

type Kind = "REVISION" | "CORRIGENDUM";

/** Issue what is pending, after a confirmation that names the symbol it will carry. */
export function IssueRevisionControls({
  sessionId,
  expectedSequence,
  nextRevisionSymbol,
  nextCorrigendumSymbol,
  previewHref,
}: Props) {
  const t = useTranslations("revisions.workspace");
  const router = useRouter();
  const issue = useAction(issueRevisionAction);
  const [confirming, setConfirming] = useState<Kind | null>(null);
  const [issued, setIssued] = useState(false);
  const symbolOf = (kind: Kind) => (kind === "REVISION" ? nextRevisionSymbol : nextCorrigendumSymbol);

  if (confirming) {
    const symbol = symbolOf(confirming);
    return (
      <div
        role="alertdialog"
        aria-labelledby="issue-confirm"
        className="rounded border border-slate-400 bg-slate-50 p-3"
      >
        <p id="issue-confirm" className="font-medium">
          {confirming === "REVISION" ? t("issueRevision") : t("issueCorrigendum")}
          {symbol && (
            <>
              {" — "}
              <bdi dir="ltr">{symbol}</bdi>
            </>
          )}
        </p>
        <p className="mt-1 text-sm">{t("confirm")}</p>
        <div className="mt-3 flex flex-wrap gap-3">
          {/* The confirmation takes the focus, so a keyboard user answers it without searching for it. */}
          <button
            type="button"
            className={buttonClass}
            autoFocus
            disabled={issue.pending}
            onClick={() =>
              issue.run({ id: sessionId, kind: confirming, expectedSequence }, () => {
                setConfirming(null);
                setIssued(true);
                router.refresh();
              })
            }
          >
            {t("confirmIssue")}
          </button>
          <button
            type="button"
            className={secondaryButtonClass}
            onClick={() => {
              setConfirming(null);
              issue.reset();
            }}
          >
            {t("cancel")}
          </button>
        </div>
        <ActionError result={issue.result} />
      </div>
    );
  }
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-3">
        <a href={previewHref} className={secondaryButtonClass}>
          {t("preview")}
        </a>
        {(["REVISION", "CORRIGENDUM"] as const).map((kind) => (
          <button key={kind} type="button" className={buttonClass} onClick={() => setConfirming(kind)}>
            {kind === "REVISION" ? t("issueRevision") : t("issueCorrigendum")}
          </button>
        ))}
      </div>
      {issued && (
        <p role="status" className="text-sm text-green-800">
          {t("done")}
        </p>
      )}
      <ActionError result={issue.result} />
    </div>
  );
}
