"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionError, buttonClass, inputClass, secondaryButtonClass } from "@/components/workspace/form-controls";
import { BodyPicker } from "@/components/workspace/sessions/body-picker";
import { useAction } from "@/components/workspace/use-action";
import { formatDayHeading, formatTimeRange } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { createFromImportAction, previewImportAction } from "@/lib/imports/actions";
import type { ImportDraftInput } from "@/lib/imports/schema";
import type { ImportResult } from "@/lib/agenda-parser/types";
import { DraftItemsEditor } from "./draft-items-editor";
import { DraftSessionFields } from "./draft-session-fields";
import { SourcePane } from "./source-pane";

const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Paste → review side by side → create. Nothing reaches the database before the last step. */
export function ImportWorkbench({
  locale,
  timeZones,
  bodies,
}: {
  locale: Locale;
  timeZones: string[];
  bodies: Array<{ id: string; label: string }>;
}) {
  const t = useTranslations("admin.import");
  const router = useRouter();
  const [text, setText] = useState("");
  const [fileError, setFileError] = useState<string | null>(null);
  const [review, setReview] = useState<{ result: ImportResult; draft: ImportDraftInput } | null>(null);
  const preview = useAction(previewImportAction);
  const create = useAction(createFromImportAction);

  async function readFile(file: File | undefined) {
    setFileError(null);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setFileError(t("fileTooLarge"));
    try {
      setText(await file.text());
    } catch {
      setFileError(t("fileUnreadable"));
    }
  }

  if (!review) {
    return (
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          preview.run({ text }, setReview);
        }}
      >
        <p className="max-w-prose text-slate-700">{t("intro")}</p>
        <div>
          <label htmlFor="import-text" className="block font-medium">
            {t("text")}
          </label>
          <textarea
            id="import-text"
            rows={16}
            className={`${inputClass} mt-1 font-mono text-sm`}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <div>
          <label htmlFor="import-file" className="block font-medium">
            {t("file")}
          </label>
          <input
            id="import-file"
            type="file"
            accept=".txt,text/plain"
            className="mt-1"
            onChange={(e) => void readFile(e.target.files?.[0])}
            aria-describedby={fileError ? "import-file-error" : undefined}
          />
          {fileError && (
            <p id="import-file-error" role="alert" className="text-sm text-red-800">
              {fileError}
            </p>
          )}
        </div>
        <ActionError result={preview.result} />
        <button type="submit" className={buttonClass} disabled={preview.pending || !text.trim()}>
          {preview.pending ? t("analysing") : t("analyse")}
        </button>
      </form>
    );
  }

  const { draft, result } = review;
  const setDraft = (next: ImportDraftInput) => setReview({ result, draft: next });
  const referenced = [...result.referencedInAnnotations.documents, ...result.referencedInAnnotations.resolutions];
  return (
    <div className="grid gap-8 xl:grid-cols-2">
      <SourcePane text={text} warnings={result.warnings} />
      <form
        aria-labelledby="structure-heading"
        className="min-w-0 space-y-6"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          create.run(draft, (created) => router.push(`/${locale}/admin/sessions/${created.id}`));
        }}
      >
        <h2 id="structure-heading" className="text-lg font-semibold">
          {t("structure")}
        </h2>
        <BodyPicker
          bodies={bodies}
          value={draft.body}
          onChange={(body) => setDraft({ ...draft, body })}
          fieldError={create.fieldError}
        />
        <DraftSessionFields draft={draft} timeZones={timeZones} onChange={setDraft} fieldError={create.fieldError} />
        <fieldset>
          <legend className="text-lg font-semibold">{t("items")}</legend>
          <DraftItemsEditor
            items={draft.items}
            onChange={(items) => setDraft({ ...draft, items })}
            fieldError={create.fieldError}
          />
        </fieldset>
        {referenced.length > 0 && (
          <p className="text-sm text-slate-700">{t("referenced", { list: referenced.join(", ") })}</p>
        )}
        <section aria-labelledby="draft-slots">
          <h3 id="draft-slots" className="text-lg font-semibold">
            {t("slots")}
          </h3>
          {draft.slots.length === 0 ? (
            <p className="text-slate-600">{t("noSlots")}</p>
          ) : (
            <ul className="mt-2 space-y-1 text-sm">
              {draft.slots.map((slot, index) => (
                <li key={index}>
                  {formatDayHeading(slot.date, locale)}, {formatTimeRange(slot.startMinutes, slot.endMinutes, locale)}:{" "}
                  {slot.itemKeys.join(", ")}
                </li>
              ))}
            </ul>
          )}
        </section>
        <ActionError result={create.result} />
        <div className="flex flex-wrap gap-3">
          <button type="submit" className={buttonClass} disabled={create.pending}>
            {create.pending ? t("creating") : t("create")}
          </button>
          <button
            type="button"
            className={secondaryButtonClass}
            onClick={() => {
              setReview(null);
              create.reset();
            }}
          >
            {t("startOver")}
          </button>
        </div>
      </form>
    </div>
  );
}
