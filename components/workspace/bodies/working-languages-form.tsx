"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import {
  ActionError,
  buttonClass,
  fieldMessage,
  SavedNotice,
  secondaryButtonClass,
} from "@/components/workspace/form-controls";
import { useAction } from "@/components/workspace/use-action";
import { setWorkingLanguagesAction } from "@/lib/bodies/actions";
import type { ActionResult } from "@/lib/actions/result";
import { isLocale, type Locale } from "@/lib/i18n/locales";

interface Props {
  body: { id: string; version: number; workingLanguages: Locale[] };
  /** The six languages, named in the reader's language. */
  languages: Array<{ code: Locale; name: string }>;
  /** The body's original language, named: what readers see when no working language has the text either. */
  original: string;
}

/**
 * The languages a body's readers see, in order, where their own has no final text. All six are listed in one
 * order: a checkbox says whether a language is used, two buttons move it; the chosen ones, in list order, are
 * saved. Keyboard only: Tab to a control, Space to tick or move; focus stays on the button that was pressed.
 */
export function WorkingLanguagesForm({ body, languages, original }: Props) {
  const t = useTranslations("admin.bodies");
  const tf = useTranslations("errors.fields");
  const router = useRouter();
  const save = useAction(setWorkingLanguagesAction);
  const name = (code: Locale) => languages.find((language) => language.code === code)?.name ?? code;
  const [order, setOrder] = useState<Locale[]>(() => [
    ...body.workingLanguages,
    ...languages.map((language) => language.code).filter((code) => !body.workingLanguages.includes(code)),
  ]);
  const [chosen, setChosen] = useState<ReadonlySet<Locale>>(() => new Set(body.workingLanguages));
  const [version, setVersion] = useState(body.version);
  const [announcement, setAnnouncement] = useState("");
  const [saved, setSaved] = useState(false);
  // Reordering moves DOM nodes, which can drop focus: put it back on the button that was pressed.
  const focusAfterMove = useRef<string | null>(null);
  useEffect(() => {
    if (focusAfterMove.current) document.getElementById(focusAfterMove.current)?.focus();
    focusAfterMove.current = null;
  }, [order]);

  const selected = order.filter((code) => chosen.has(code));
  // After a conflict, the next save goes over what the other person saved, which the form names.
  const meanwhile = conflictCurrent(save.result);
  const error = save.fieldError("workingLanguages");

  function changed() {
    setSaved(false);
  }

  function move(code: Locale, by: -1 | 1, buttonId: string) {
    const from = order.indexOf(code);
    const to = from + by;
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    next.splice(from, 1);
    next.splice(to, 0, code);
    focusAfterMove.current = buttonId;
    setOrder(next);
    setAnnouncement(t("moved", { language: name(code), position: to + 1 }));
    changed();
  }

  function toggle(code: Locale, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(code);
    else next.delete(code);
    setChosen(next);
    changed();
  }

  return (
    <form
      className="mt-6 space-y-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.run({ id: body.id, version: meanwhile?.version ?? version, workingLanguages: selected }, (result) => {
          setVersion(result.version);
          setSaved(true);
          router.refresh();
        });
      }}
    >
      <fieldset aria-describedby={error ? "working-languages-error" : undefined}>
        <legend className="font-medium">{t("legend")}</legend>
        <ol className="mt-2 divide-y divide-slate-200 rounded border border-slate-300">
          {order.map((code, index) => {
            const up = `working-language-${code}-up`;
            const down = `working-language-${code}-down`;
            return (
              <li key={code} className="flex flex-wrap items-center gap-3 px-3 py-2" data-language={code}>
                <span className="w-6 text-end tabular-nums text-slate-600" aria-hidden="true">
                  {index + 1}.
                </span>
                <input
                  type="checkbox"
                  id={`working-language-${code}`}
                  className="size-4"
                  checked={chosen.has(code)}
                  aria-invalid={error ? true : undefined}
                  onChange={(e) => toggle(code, e.target.checked)}
                />
                <label htmlFor={`working-language-${code}`} className="min-w-32 grow">
                  {name(code)}
                </label>
                <button
                  type="button"
                  id={up}
                  className={secondaryButtonClass}
                  aria-label={t("moveUp", { language: name(code) })}
                  aria-disabled={index === 0 ? true : undefined}
                  onClick={() => move(code, -1, up)}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  id={down}
                  className={secondaryButtonClass}
                  aria-label={t("moveDown", { language: name(code) })}
                  aria-disabled={index === order.length - 1 ? true : undefined}
                  onClick={() => move(code, 1, down)}
                >
                  <span aria-hidden="true">↓</span>
                </button>
              </li>
            );
          })}
        </ol>
      </fieldset>
      {error && (
        <p id="working-languages-error" className="text-sm text-red-800">
          {fieldMessage(tf, error)}
        </p>
      )}
      <p className="text-slate-800" data-fallback-order>
        {selected.length === 0 ? t("chainEmpty") : t("chain", { languages: selected.map(name).join(" → "), original })}
      </p>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {meanwhile && (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
          {t("savedMeanwhile", { languages: meanwhile.workingLanguages.map(name).join(" → ") })}
        </p>
      )}
      {!error && !meanwhile && <ActionError result={save.result} />}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass} disabled={save.pending}>
          {save.pending ? t("saving") : t("save")}
        </button>
        <SavedNotice show={saved}>{t("saved")}</SavedNotice>
      </div>
    </form>
  );
}

/** What someone else saved, from a conflict's details: the version to save over and their languages. */
function conflictCurrent(result: ActionResult<unknown> | null): { version: number; workingLanguages: Locale[] } | null {
  if (!result || result.ok || result.error.code !== "conflict") return null;
  const current = result.error.details?.current as { version?: unknown; workingLanguages?: unknown } | undefined;
  if (typeof current?.version !== "number" || !Array.isArray(current.workingLanguages)) return null;
  return { version: current.version, workingLanguages: current.workingLanguages.filter(isLocale) };
}
