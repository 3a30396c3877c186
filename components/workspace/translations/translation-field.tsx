"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConflictNotice } from "@/components/workspace/conflict-notice";
import {
  ActionError,
  Field,
  SavedNotice,
  inputClass,
  secondaryButtonClass,
} from "@/components/workspace/form-controls";
import { useAction } from "@/components/workspace/use-action";
import { StatusBadge, type BadgeTone } from "@/components/ui/status-badge";
import { LOCALE_NAMES, textDirection, type Locale } from "@/lib/i18n/locales";
import { setTranslationAction } from "@/lib/translations/actions";
import type { TranslationState } from "@/lib/translations/completeness";
import type { TargetField, TargetGroup } from "@/lib/translations/rows";

interface Props {
  sessionId: string;
  group: TargetGroup;
  /** The row's latest known version, shared by its fields. */
  version: number;
  onVersion: (version: number) => void;
  value: TargetField;
  target: Locale;
  targetName: string;
}

const TONE: Record<TranslationState, BadgeTone> = { MISSING: "warning", DRAFT: "info", FINAL: "success" };

interface ConflictDetails {
  current?: { version?: number; text?: string; state?: TranslationState };
}

/** One field: the original beside the target language, saved on its own. */
export function TranslationField({ sessionId, group, version, onVersion, value, target, targetName }: Props) {
  const t = useTranslations("translations");
  const router = useRouter();
  const save = useAction(setTranslationAction);
  const [text, setText] = useState(value.text);
  const [final, setFinal] = useState(value.state === "FINAL");
  const [state, setState] = useState<TranslationState>(value.state);
  const id = `tr-${group.entity}-${group.id}-${value.field}`;
  const fieldName = t(`fields.${group.entity}.${value.field}`);
  const originalName = LOCALE_NAMES[group.originalLanguage];
  const conflict =
    save.result && !save.result.ok && save.result.error.code === "conflict"
      ? (save.result.error.details as ConflictDetails | undefined)?.current
      : undefined;
  const error = save.fieldError("text") ?? save.fieldError("locale") ?? save.fieldError("field");

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!save.pending) send(version);
  }

  function send(on: number) {
    const input = {
      entity: group.entity,
      id: group.id,
      version: on,
      field: value.field,
      locale: target,
      text,
      state: final ? "FINAL" : "DRAFT",
      sessionId,
    } as const;
    save.run(input, (data) => {
      onVersion(data.version);
      setState(data.state);
      if (data.state !== "FINAL") setFinal(false);
      // The summary's counts come from the server.
      router.refresh();
    });
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="grid gap-4 border-t border-slate-200 py-4 first-of-type:border-t-0 md:grid-cols-2"
    >
      <div>
        <p id={`${id}-original-label`} className="font-medium">
          {t("originalLabel", { field: fieldName, language: originalName })}
        </p>
        {value.original ? (
          <div
            role="group"
            aria-labelledby={`${id}-original-label`}
            lang={group.originalLanguage}
            dir={textDirection(group.originalLanguage)}
            className="mt-1 whitespace-pre-wrap rounded border border-slate-200 bg-slate-50 px-3 py-2 text-start"
          >
            {value.original}
          </div>
        ) : (
          <p className="mt-1 text-slate-500">{t("originalEmpty")}</p>
        )}
      </div>
      {group.isOriginal ? (
        <p className="self-center text-sm text-slate-600">{t("isOriginal", { language: targetName })}</p>
      ) : (
        <div className="space-y-2">
          <Field
            id={id}
            label={t("targetLabel", { field: fieldName, language: targetName })}
            error={error}
            counter={value.maxLength ? { length: text.length, max: value.maxLength } : undefined}
          >
            {(a) => (
              <textarea
                {...a}
                lang={target}
                dir={textDirection(target)}
                rows={value.multiline ? 8 : 2}
                maxLength={value.maxLength || undefined}
                className={`${inputClass} text-start`}
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
            )}
          </Field>
          <div className="flex flex-wrap items-center gap-3">
            <label className="inline-flex items-center gap-2 text-sm">
              <input type="checkbox" checked={final} onChange={(e) => setFinal(e.target.checked)} />
              {t("markFinal")}
            </label>
            <StatusBadge label={t("stateNow", { state: t(`state.${state}`) })} tone={TONE[state]} />
            {/* aria-disabled, not disabled: a disabled button drops keyboard focus to the top of this long page. */}
            <button type="submit" className={`${secondaryButtonClass} ms-auto`} aria-disabled={save.pending}>
              {save.pending ? t("saving") : t("save")}
            </button>
          </div>
          <SavedNotice show={Boolean(save.result?.ok) && !save.pending}>
            {t("saved", { state: t(`state.${state}`) })}
          </SavedNotice>
          {/* The conflict notice says what happened and what to do: the generic conflict message would only repeat it. */}
          {!error && typeof conflict?.version !== "number" && <ActionError result={save.result} />}
          {conflict && typeof conflict.version === "number" && (
            <ConflictNotice
              key={conflict.version}
              pending={save.pending}
              fields={[
                {
                  field: "text",
                  label: t("targetLabel", { field: fieldName, language: targetName }),
                  current: conflict.text ?? "",
                  yours: text,
                },
              ]}
              onResolve={(choices) => {
                const version = conflict.version ?? 0;
                onVersion(version);
                if (choices.text === "yours") return send(version);
                // Their text is what is stored: show it, with its state, and save nothing.
                setText(conflict.text ?? "");
                setState(conflict.state ?? "MISSING");
                setFinal(conflict.state === "FINAL");
                save.reset();
              }}
            />
          )}
        </div>
      )}
    </form>
  );
}
