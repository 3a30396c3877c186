"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConflictNotice } from "@/components/admin/conflict-notice";
import { ActionError, Field, buttonClass, inputClass, secondaryButtonClass } from "@/components/admin/form-controls";
import { useAction } from "@/components/admin/use-action";
import { updateItemAction } from "@/lib/agenda/actions";
import type { EditorItem } from "@/lib/agenda/data";
import { toLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";
import { textDirection, type Locale } from "@/lib/i18n/locales";
import { AnnotationPreview } from "./annotation-preview";

interface Props {
  item: EditorItem;
  /** The version the user started editing from; not the latest the page has heard of, or saves would never conflict. */
  version: number;
  number: string;
  originalLanguage: Locale;
  languageName: string;
  symbolLinks: ReadonlyArray<[string, string]>;
  onSaved: (saved: { version: number; title: LocalizedText; annotation: LocalizedText }) => void;
  onCancel: () => void;
}

interface Current {
  version?: number;
  title?: unknown;
  annotation?: unknown;
}

/** Title and annotation in the session's original language, with a live preview and optimistic locking. */
export function ItemEditor({ item, version, number, originalLanguage: lang, languageName, symbolLinks, onSaved, onCancel }: Props) {
  const t = useTranslations("agendaEditor.form");
  const [title, setTitle] = useState(item.title[lang] ?? "");
  const [annotation, setAnnotation] = useState(item.annotation[lang] ?? "");
  const update = useAction(updateItemAction);
  const id = `agenda-item-${item.id}`;
  const failed = update.result && !update.result.ok ? update.result.error : null;
  const current = failed?.code === "conflict" ? (failed.details?.current as Current | undefined) : undefined;
  const dir = textDirection(lang);

  function save(base: number) {
    update.run({ id: item.id, version: base, title, annotation }, (data) => {
      // Other languages stay as they were; the server kept them too.
      const withText = (stored: LocalizedText, text: string) => ({ ...stored, [lang]: text.trim() || undefined });
      onSaved({ version: data.version, title: withText(item.title, title), annotation: withText(item.annotation, annotation) });
    });
  }

  return (
    <form
      noValidate
      aria-label={t("editHeading", { number })}
      className="mt-2 space-y-4 rounded border border-slate-300 bg-slate-50 p-4"
      onSubmit={(event) => {
        event.preventDefault();
        save(version);
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
    >
      <p className="text-sm text-slate-600">{t("writtenIn", { language: languageName })}</p>
      <ActionError result={update.result} />
      {current && (
        <ConflictNotice
          rows={[
            { label: t("title"), current: toLocalizedText(current.title)[lang] ?? "", mine: title },
            { label: t("annotation"), current: toLocalizedText(current.annotation)[lang] ?? "", mine: annotation },
          ]}
          onOverwrite={() => typeof current.version === "number" && save(current.version)}
        />
      )}
      <Field id={`${id}-title-input`} label={t("title")} error={update.fieldError("title")}>
        {(a) => <input {...a} lang={lang} dir={dir} autoFocus className={inputClass} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <div className="grid gap-4 lg:grid-cols-2">
        <Field id={`${id}-annotation-input`} label={t("annotation")} hint={t("annotationHint")} error={update.fieldError("annotation")}>
          {(a) => (
            <textarea {...a} lang={lang} dir={dir} rows={12} className={`${inputClass} font-mono text-sm`} value={annotation} onChange={(e) => setAnnotation(e.target.value)} />
          )}
        </Field>
        <section aria-labelledby={`${id}-preview`} className="min-w-0">
          <h3 id={`${id}-preview`} className="font-medium">{t("preview")}</h3>
          <div className="mt-1 max-w-prose rounded border border-slate-200 bg-white p-3">
            <AnnotationPreview source={annotation} lang={lang} symbolLinks={symbolLinks} emptyText={t("previewEmpty")} />
          </div>
        </section>
      </div>
      <div className="flex gap-3">
        <button type="submit" className={buttonClass} disabled={update.pending}>
          {update.pending ? t("saving") : t("save")}
        </button>
        <button type="button" className={secondaryButtonClass} onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
