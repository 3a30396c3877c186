"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import {
  ActionError,
  Field,
  buttonClass,
  inputClass,
  secondaryButtonClass,
} from "@/components/workspace/form-controls";
import { useAction } from "@/components/workspace/use-action";
import { createItemAction } from "@/lib/agenda/actions";
import { textDirection, type Locale } from "@/lib/i18n/locales";
import { TEXT_LIMITS } from "@/lib/validation/limits";

interface Props {
  sessionId: string;
  /** Null for a new top-level item. */
  parentId: string | null;
  heading: string;
  titleLabel: string;
  submitLabel: string;
  originalLanguage: Locale;
  onAdded: (id: string, title: string) => void;
  /** Present for the sub-item form, which closes; the top-level form stays for the next item. */
  onCancel?: () => void;
}

/** Adds an item at the end of its level; its number follows from where it lands. */
export function NewItemForm({
  sessionId,
  parentId,
  heading,
  titleLabel,
  submitLabel,
  originalLanguage,
  onAdded,
  onCancel,
}: Props) {
  const t = useTranslations("agendaEditor.form");
  const create = useAction(createItemAction);
  const [title, setTitle] = useState("");
  const id = `new-item-${parentId ?? "top"}`;
  return (
    <form
      noValidate
      aria-labelledby={`${id}-heading`}
      className={parentId ? "mt-2 space-y-3 rounded border border-slate-300 bg-slate-50 p-4" : "space-y-3"}
      onSubmit={(event) => {
        event.preventDefault();
        create.run({ sessionId, parentId, title, annotation: "" }, (data) => {
          onAdded(data.id, title.trim());
          setTitle("");
        });
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape" && onCancel) onCancel();
      }}
    >
      <h3 id={`${id}-heading`} className={parentId ? "font-semibold" : "text-lg font-semibold"}>
        {heading}
      </h3>
      <ActionError result={create.result} />
      <Field
        id={`${id}-title`}
        label={titleLabel}
        error={create.fieldError("title")}
        counter={{ length: title.length, max: TEXT_LIMITS.itemTitle }}
      >
        {(a) => (
          <input
            {...a}
            lang={originalLanguage}
            dir={textDirection(originalLanguage)}
            autoFocus={Boolean(parentId)}
            className={inputClass}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        )}
      </Field>
      <div className="flex gap-3">
        <button type="submit" className={buttonClass} disabled={create.pending}>
          {create.pending ? t("adding") : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className={secondaryButtonClass} onClick={onCancel}>
            {t("cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
