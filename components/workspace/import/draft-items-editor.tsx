"use client";

import { useTranslations } from "next-intl";
import { fieldMessage, inputClass, secondaryButtonClass } from "@/components/workspace/form-controls";
import type { DraftItemInput } from "@/lib/imports/schema";

interface Props {
  items: DraftItemInput[];
  onChange: (items: DraftItemInput[]) => void;
  fieldError: (path: string) => string | undefined;
  path?: string;
}

/** The imported agenda, editable where the text was misread: titles, annotations, documents, items. */
export function DraftItemsEditor({ items, onChange, fieldError, path = "items" }: Props) {
  const t = useTranslations("admin.import");
  const te = useTranslations("errors.fields");
  const update = (index: number, patch: Partial<DraftItemInput>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <ol className="space-y-4">
      {items.map((item, index) => {
        const here = `${path}.${index}`;
        const titleError = fieldError(`${here}.title`);
        return (
          <li key={item.key} className="rounded border border-slate-300 p-3">
            <div className="flex items-start justify-between gap-3">
              <label htmlFor={`${here}-title`} className="font-semibold">
                {t("itemTitle", { number: item.key })}
              </label>
              <button
                type="button"
                className={secondaryButtonClass}
                onClick={() => onChange(items.filter((_, i) => i !== index))}
              >
                {t("removeItem", { number: item.key })}
              </button>
            </div>
            <input
              id={`${here}-title`}
              className={`${inputClass} mt-1`}
              value={item.title}
              aria-invalid={titleError ? true : undefined}
              onChange={(e) => update(index, { title: e.target.value })}
            />
            {titleError && <p className="text-sm text-red-800">{fieldMessage(te, titleError)}</p>}
            <label htmlFor={`${here}-annotation`} className="mt-3 block text-sm font-medium">
              {t("annotation", { number: item.key })}
            </label>
            <textarea
              id={`${here}-annotation`}
              rows={Math.min(12, 2 + item.annotation.split("\n").length)}
              className={`${inputClass} mt-1 text-sm`}
              value={item.annotation}
              onChange={(e) => update(index, { annotation: e.target.value })}
            />
            {item.documents.length > 0 && (
              <div className="mt-3">
                <p className="text-sm font-medium">{t("documents", { number: item.key })}</p>
                <ul className="mt-1 space-y-1 text-sm">
                  {item.documents.map((doc, d) => (
                    <li key={doc.symbol} className="flex flex-wrap items-center gap-2">
                      <span className="font-mono">{doc.symbol}</span>
                      <span className="text-slate-700">{doc.title || doc.description}</span>
                      <button
                        type="button"
                        className="text-red-800 underline"
                        onClick={() => update(index, { documents: item.documents.filter((_, i) => i !== d) })}
                      >
                        {t("removeDocument", { symbol: doc.symbol })}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {item.children.length > 0 && (
              <div className="mt-3 ps-4">
                <DraftItemsEditor
                  items={item.children}
                  onChange={(children) => update(index, { children })}
                  fieldError={fieldError}
                  path={`${here}.children`}
                />
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
