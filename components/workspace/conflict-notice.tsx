"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { Choice } from "@/lib/edit-conflicts/merge";

export interface ConflictField {
  field: string;
  label: string;
  /** What the other person saved, as the form shows it. */
  current: string;
  /** What this user typed. */
  yours: string;
}

/**
 * Shown when someone else saved first and changed some of the same fields. Their changes to the other fields are
 * kept and this user's changes to fields they alone touched are saved; for each field both changed, this user
 * chooses which value to keep, and saving sends exactly those choices on top of the other person's version.
 */
export function ConflictNotice({
  fields,
  pending = false,
  onResolve,
}: {
  fields: ConflictField[];
  pending?: boolean;
  onResolve: (choices: Record<string, Choice>) => void;
}) {
  const t = useTranslations("admin.conflict");
  const id = useId();
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [incomplete, setIncomplete] = useState(false);

  function resolve() {
    const missing = fields.some((field) => !choices[field.field]);
    setIncomplete(missing);
    if (!missing) onResolve(choices);
  }

  return (
    <div role="alert" className="rounded border border-amber-400 bg-amber-50 p-4 text-sm">
      <p className="font-semibold">{t("title")}</p>
      <p className="mt-1">{t("instructions")}</p>
      <div className="mt-3 space-y-3">
        {fields.map((field) => (
          <fieldset key={field.field} className="border-t border-amber-200 pt-2" data-conflict-field={field.field}>
            <legend className="font-medium">{field.label}</legend>
            {(["current", "yours"] as const).map((side) => (
              <label key={side} className="mt-1 flex items-start gap-2">
                <input
                  type="radio"
                  name={`${id}-${field.field}`}
                  value={side}
                  checked={choices[field.field] === side}
                  onChange={() => setChoices((previous) => ({ ...previous, [field.field]: side }))}
                  className="mt-1"
                />
                <span>
                  <span className="block text-slate-700">{side === "current" ? t("theirs") : t("yours")}</span>
                  <span className="block whitespace-pre-wrap">
                    {(side === "current" ? field.current : field.yours) || t("empty")}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
        ))}
      </div>
      {incomplete && <p className="mt-2 font-medium text-red-800">{t("chooseEach")}</p>}
      <button
        type="button"
        onClick={resolve}
        disabled={pending}
        className="mt-3 rounded border border-amber-600 px-3 py-1 hover:bg-amber-100"
      >
        {t("resolve")}
      </button>
    </div>
  );
}
