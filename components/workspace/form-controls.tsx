"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { CharacterCounter } from "./character-counter";

/** The message for a failed action, announced to screen readers; nothing when the last action succeeded. */
export function ActionError({ result }: { result: ActionResult<unknown> | null }) {
  const t = useTranslations("errors");
  if (!result || result.ok) return null;
  return (
    <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-900">
      {t(result.error.code)}
    </p>
  );
}

export function SavedNotice({ show, children }: { show: boolean; children: ReactNode }) {
  return (
    <p role="status" aria-live="polite" className="text-sm text-emerald-800">
      {show ? children : null}
    </p>
  );
}

interface FieldProps {
  id: string;
  label: string;
  /** A key of errors.fields, from the action's result, with its limit after a colon ("tooLong:500"). */
  error?: string;
  hint?: string;
  /** For long texts: the length typed so far and the limit, shown as a live counter. */
  counter?: { length: number; max: number };
  children: (props: { id: string; "aria-invalid"?: boolean; "aria-describedby"?: string }) => ReactNode;
}

/** A labelled control with its hint and its error next to it, wired for screen readers. */
export function Field({ id, label, error, hint, counter, children }: FieldProps) {
  const t = useTranslations("errors.fields");
  const describedBy =
    [hint ? `${id}-hint` : null, counter ? `${id}-count` : null, error ? `${id}-error` : null]
      .filter(Boolean)
      .join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <div className="mt-1">
        {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      </div>
      {counter && <CharacterCounter id={`${id}-count`} length={counter.length} max={counter.max} />}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {fieldMessage(t, error)}
        </p>
      )}
    </div>
  );
}

/**
 * The sentence for a field error key. "tooLong:500" says the limit; a key this page does not know reads as
 * "not valid" rather than showing the key.
 */
export function fieldMessage(t: ReturnType<typeof useTranslations<"errors.fields">>, error: string): string {
  const [key = "", limit] = error.split(":");
  const max = Number(limit);
  if (key === "tooLong" && limit && Number.isSafeInteger(max)) return t("tooLongMax", { max });
  return t.has(key) ? t(key) : t("invalid");
}

export const inputClass =
  "w-full rounded border border-slate-400 px-3 py-2 aria-[invalid=true]:border-red-600 aria-[invalid=true]:bg-red-50";
export const buttonClass = "rounded bg-un px-4 py-2 font-medium text-white hover:bg-un-dark disabled:opacity-60";
export const secondaryButtonClass =
  "rounded border border-slate-400 px-3 py-1.5 text-slate-800 hover:bg-slate-50 disabled:opacity-60";
export const dangerButtonClass =
  "rounded border border-red-700 px-3 py-1.5 text-red-800 hover:bg-red-50 disabled:opacity-60";
