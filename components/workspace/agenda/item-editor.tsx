"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConflictNotice } from "@/components/workspace/conflict-notice";
import { mergeConflictOf, resolvedSave } from "@/components/workspace/merge-conflict";
import {
  ActionError,
  Field,
  buttonClass,
  inputClass,
  secondaryButtonClass,
} from "@/components/workspace/form-controls";
import { useAction } from "@/components/workspace/use-action";
import { updateItemAction } from "@/lib/agenda/actions";
import type { EditorItem } from "@/lib/agenda/data";
import { withText, type LocalizedText } from "@/lib/i18n/localized-text";
import { textDirection, type Locale } from "@/lib/i18n/locales";
import type { Choice } from "@/lib/edit-conflicts/merge";
import { TEXT_LIMITS } from "@/lib/validation/limits";
import { AnnotationPreview } from "./annotation-preview";

type ItemTexts = { title: string; annotation: string };

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

/** Title and annotation in the session's original language, with a live preview and optimistic locking. */
export function ItemEditor({
  item,
  version,
  number,
  originalLanguage: lang,
  languageName,
  symbolLinks,
  onSaved,
  onCancel,
}: Props) {
  const t = useTranslations("agendaEditor.form");
  const [title, setTitle] = useState(item.title[lang] ?? "");
  const [annotation, setAnnotation] = useState(item.annotation[lang] ?? "");
  // The texts the editor opened with: a save over someone else's change writes only what differs from them.
  const [base, setBase] = useState<ItemTexts>({
    title: item.title[lang] ?? "",
    annotation: item.annotation[lang] ?? "",
  });
  const update = useAction(updateItemAction);
  const id = `agenda-item-${item.id}`;
  const conflict = mergeConflictOf<ItemTexts>(update.result);
  const dir = textDirection(lang);

  function save(on: number, texts: ItemTexts, from: ItemTexts) {
    update.run({ id: item.id, version: on, ...texts, base: from }, (data) => {
      // Other languages stay as they were; the server kept them too.
      onSaved({
        version: data.version,
        title: withText(item.title, lang, texts.title.trim()),
        annotation: withText(item.annotation, lang, texts.annotation.trim()),
      });
    });
  }

  function resolve(choices: Record<string, Choice>) {
    if (!conflict) return;
    const next = resolvedSave(conflict, choices);
    setTitle(next.values.title);
    setAnnotation(next.values.annotation);
    setBase(next.base);
    save(next.version, next.values, next.base);
  }

  return (
    <form
      noValidate
      aria-label={t("editHeading", { number })}
      className="mt-2 space-y-4 rounded border border-slate-300 bg-slate-50 p-4"
      onSubmit={(event) => {
        event.preventDefault();
        save(version, { title, annotation }, base);
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
    >
      <p className="text-sm text-slate-600">{t("writtenIn", { language: languageName })}</p>
      {/* The conflict notice says what happened and what to do: the generic conflict message would only repeat it. */}
      {!conflict && <ActionError result={update.result} />}
      {conflict && (
        <ConflictNotice
          key={conflict.current.version}
          pending={update.pending}
          fields={conflict.conflicts.map((c) => ({
            field: c.field,
            label: t(c.field === "title" ? "title" : "annotation"),
            current: String(c.current ?? ""),
            yours: String(c.yours ?? ""),
          }))}
          onResolve={resolve}
        />
      )}
      <Field
        id={`${id}-title-input`}
        label={t("title")}
        error={update.fieldError("title")}
        counter={{ length: title.length, max: TEXT_LIMITS.itemTitle }}
      >
        {(a) => (
          <input
            {...a}
            lang={lang}
            dir={dir}
            autoFocus
            className={inputClass}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        )}
      </Field>
      <div className="grid gap-4 lg:grid-cols-2">
        <Field
          id={`${id}-annotation-input`}
          label={t("annotation")}
          hint={t("annotationHint")}
          error={update.fieldError("annotation")}
          counter={{ length: annotation.length, max: TEXT_LIMITS.annotation }}
        >
          {(a) => (
            <textarea
              {...a}
              lang={lang}
              dir={dir}
              rows={12}
              className={`${inputClass} font-mono text-sm`}
              value={annotation}
              onChange={(e) => setAnnotation(e.target.value)}
            />
          )}
        </Field>
        <section aria-labelledby={`${id}-preview`} className="min-w-0">
          <h3 id={`${id}-preview`} className="font-medium">
            {t("preview")}
          </h3>
          <div className="mt-1 max-w-prose rounded border border-slate-200 bg-white p-3">
            <AnnotationPreview
              source={annotation}
              lang={lang}
              symbolLinks={symbolLinks}
              emptyText={t("previewEmpty")}
            />
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
