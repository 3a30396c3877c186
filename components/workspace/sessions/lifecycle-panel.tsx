"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  ActionError,
  Field,
  buttonClass,
  dangerButtonClass,
  inputClass,
  secondaryButtonClass,
} from "@/components/workspace/form-controls";
import { useAction } from "@/components/workspace/use-action";
import {
  deleteSessionAction,
  duplicateSessionAction,
  publishSessionAction,
  unpublishSessionAction,
} from "@/lib/sessions/actions";
import type { ScheduleWarning } from "@/lib/schedule/warnings";
import { PublishSummary } from "./publish-summary";
import { WarningList, type WarningLabels } from "./warning-list";

interface Props {
  locale: string;
  session: {
    id: string;
    version: number;
    status: string;
    ordinal: number;
    slug: string;
    itemCount: number;
    slotCount: number;
  };
  warnings: ScheduleWarning[];
  labels: WarningLabels;
}

export function LifecyclePanel({ locale, session, warnings, labels }: Props) {
  const t = useTranslations("admin.lifecycle");
  const router = useRouter();
  const publish = useAction(publishSessionAction);
  const unpublish = useAction(unpublishSessionAction);
  const duplicate = useAction(duplicateSessionAction);
  const remove = useAction(deleteSessionAction);
  const [confirming, setConfirming] = useState<ScheduleWarning[] | null>(null);
  const [reason, setReason] = useState("");
  const [confirmingPublish, setConfirmingPublish] = useState(false);
  const [copy, setCopy] = useState({ ordinal: String(session.ordinal + 1), startDate: "" });
  const done = () => router.refresh();
  const ref = { id: session.id, version: session.version };

  function startPublish() {
    // Warnings known now are confirmed at once; the server checks again and asks if new ones appeared.
    if (warnings.length > 0) return setConfirming(warnings);
    setConfirmingPublish(true);
  }
  const summary = <PublishSummary itemCount={session.itemCount} slotCount={session.slotCount} />;
  const serverWarnings =
    publish.result && !publish.result.ok
      ? (publish.result.error.details?.warnings as ScheduleWarning[] | undefined)
      : undefined;
  const shown = confirming ?? serverWarnings ?? null;

  return (
    <section aria-labelledby="lifecycle-heading" className="space-y-6 rounded border border-slate-300 p-4">
      <h2 id="lifecycle-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {session.status === "DRAFT" ? (
        <div className="space-y-3">
          <p>{t("draftExplanation")}</p>
          {warnings.length > 0 && !shown && (
            <div className="rounded border border-amber-300 bg-amber-50 p-3">
              <p className="font-medium">{t("warningsTitle")}</p>
              <WarningList warnings={warnings} labels={labels} />
            </div>
          )}
          {shown ? (
            <div
              role="alertdialog"
              aria-labelledby="publish-warnings"
              className="rounded border border-amber-400 bg-amber-50 p-3"
            >
              <p id="publish-warnings" className="font-medium">
                {t("warningsTitle")}
              </p>
              <WarningList warnings={shown} labels={labels} />
              {summary}
              {/* Warnings block publication: overriding them takes a reason, which the history keeps. */}
              <div className="mt-3">
                <Field
                  id="publish-overrideReason"
                  label={t("overrideReason")}
                  hint={t("overrideReasonHint")}
                  error={publish.fieldError("overrideReason")}
                >
                  {(a) => (
                    <textarea
                      {...a}
                      rows={2}
                      maxLength={500}
                      className={inputClass}
                      value={reason}
                      onChange={(e) => setReason(e.target.value)}
                    />
                  )}
                </Field>
              </div>
              <div className="mt-3 flex gap-3">
                <button
                  type="button"
                  className={buttonClass}
                  disabled={publish.pending || reason.trim() === ""}
                  onClick={() =>
                    publish.run({ ...ref, confirmedWarnings: true, overrideReason: reason }, () => {
                      setConfirming(null);
                      setReason("");
                      done();
                    })
                  }
                >
                  {t("publishAnyway")}
                </button>
                <button
                  type="button"
                  className={secondaryButtonClass}
                  onClick={() => {
                    setConfirming(null);
                    publish.reset();
                  }}
                >
                  {t("cancel")}
                </button>
              </div>
            </div>
          ) : confirmingPublish ? (
            <div
              role="alertdialog"
              aria-labelledby="publish-confirm"
              className="rounded border border-slate-400 bg-slate-50 p-3"
            >
              <p id="publish-confirm" className="font-medium">
                {t("confirmTitle")}
              </p>
              {summary}
              <div className="mt-3 flex gap-3">
                <button
                  type="button"
                  className={buttonClass}
                  disabled={publish.pending}
                  onClick={() =>
                    publish.run({ ...ref, confirmedWarnings: false, overrideReason: "" }, () => {
                      setConfirmingPublish(false);
                      done();
                    })
                  }
                >
                  {publish.pending ? t("publishing") : t("confirmPublish")}
                </button>
                <button
                  type="button"
                  className={secondaryButtonClass}
                  onClick={() => {
                    setConfirmingPublish(false);
                    publish.reset();
                  }}
                >
                  {t("cancel")}
                </button>
              </div>
            </div>
          ) : (
            <button type="button" className={buttonClass} disabled={publish.pending} onClick={startPublish}>
              {publish.pending ? t("publishing") : t("publish")}
            </button>
          )}
          {!serverWarnings && <ActionError result={publish.result} />}
        </div>
      ) : (
        <div className="space-y-3">
          <p>{t("publishedExplanation", { url: `/${locale}/sessions/${session.slug}` })}</p>
          {session.status === "PROVISIONAL" && (
            <button
              type="button"
              className={secondaryButtonClass}
              disabled={unpublish.pending}
              onClick={() => unpublish.run(ref, done)}
            >
              {t("unpublish")}
            </button>
          )}
          <ActionError result={unpublish.result} />
        </div>
      )}

      <form
        className="space-y-3 border-t border-slate-200 pt-4"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          duplicate.run({ sourceId: session.id, ordinal: copy.ordinal, startDate: copy.startDate }, (data) =>
            router.push(`/${locale}/admin/sessions/${data.id}`),
          );
        }}
      >
        <h3 className="font-semibold">{t("duplicate")}</h3>
        <p className="text-sm text-slate-600">{t("duplicateExplanation")}</p>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="copy-ordinal" label={t("newOrdinal")} error={duplicate.fieldError("ordinal")}>
            {(a) => (
              <input
                {...a}
                type="number"
                min={1}
                className={inputClass}
                value={copy.ordinal}
                onChange={(e) => setCopy({ ...copy, ordinal: e.target.value })}
              />
            )}
          </Field>
          <Field id="copy-start" label={t("newStartDate")} error={duplicate.fieldError("startDate")}>
            {(a) => (
              <input
                {...a}
                type="date"
                className={inputClass}
                value={copy.startDate}
                onChange={(e) => setCopy({ ...copy, startDate: e.target.value })}
              />
            )}
          </Field>
        </div>
        <ActionError result={duplicate.result} />
        <button type="submit" className={secondaryButtonClass} disabled={duplicate.pending}>
          {duplicate.pending ? t("duplicating") : t("duplicate")}
        </button>
      </form>

      <div className="border-t border-slate-200 pt-4">
        {session.status === "DRAFT" ? (
          <button
            type="button"
            className={dangerButtonClass}
            disabled={remove.pending}
            onClick={() => {
              if (window.confirm(t("deleteConfirm", { items: session.itemCount })))
                remove.run(ref, () => router.push(`/${locale}/admin`));
            }}
          >
            {t("delete")}
          </button>
        ) : (
          <p className="text-sm text-slate-600">{t("deleteOnlyDrafts")}</p>
        )}
        <ActionError result={remove.result} />
      </div>
    </section>
  );
}
