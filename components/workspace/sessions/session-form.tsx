"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionError, Field, SavedNotice, buttonClass, inputClass } from "@/components/workspace/form-controls";
import { useAction } from "@/components/workspace/use-action";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import { createSessionAction, updateSessionAction } from "@/lib/sessions/actions";
import type { SessionFieldsInput } from "@/lib/sessions/schema";
import { TEXT_LIMITS } from "@/lib/validation/limits";
import { ConflictNotice } from "@/components/workspace/conflict-notice";
import { mergeConflictOf, resolvedSave } from "@/components/workspace/merge-conflict";
import type { Choice } from "@/lib/edit-conflicts/merge";
import { BodyPicker, type BodyChoice } from "./body-picker";

// The session form's fields as the server compares them: a symbol left empty is null there, "" here.
const fromServer = (values: SessionFieldsInput): SessionFieldsInput => ({
  ...values,
  agendaSymbol: values.agendaSymbol ?? "",
});

type TextField = "title" | "venue" | "agendaSymbol" | "documentTitle";

export interface SessionFormProps {
  locale: Locale;
  timeZones: string[];
  bodies: Array<{ id: string; label: string }>;
  /** Present when editing an existing session. */
  existing?: { id: string; version: number; values: SessionFieldsInput };
}

const EMPTY: SessionFieldsInput = {
  ordinal: 1,
  title: "",
  venue: "",
  timeZone: "Europe/Vienna",
  startDate: "",
  endDate: "",
  originalLanguage: "en",
  plenaryMeetings: 0,
  interpretationLanguages: [...LOCALES],
  agendaSymbol: "",
  documentTitle: "",
};

export function SessionForm({ locale, timeZones, bodies, existing }: SessionFormProps) {
  const t = useTranslations("admin.form");
  const router = useRouter();
  const [values, setValues] = useState<SessionFieldsInput>(existing?.values ?? EMPTY);
  const [version, setVersion] = useState(existing?.version ?? 1);
  // What the form was loaded with (or last saved): a save over someone else's change writes only what differs from it.
  const [base, setBase] = useState<SessionFieldsInput | undefined>(existing?.values);
  const [body, setBody] = useState<BodyChoice>(
    bodies.length > 0
      ? { kind: "existing", bodyId: "" }
      : { kind: "new", body: { name: "", symbolPrefix: "", parentId: "", sessionTerm: "SESSION" } },
  );
  const create = useAction(createSessionAction);
  const update = useAction(updateSessionAction);
  const action = existing ? update : create;
  const set = <K extends keyof SessionFieldsInput>(key: K, value: SessionFieldsInput[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const err = (name: string) => action.fieldError(`session.${name}`);
  const conflict = existing ? mergeConflictOf<SessionFieldsInput>(update.result) : undefined;

  function save(id: string, on: number, session: SessionFieldsInput, from: SessionFieldsInput | undefined) {
    update.run({ id, version: on, session, base: from }, (data) => {
      setVersion(data.version);
      setBase(session);
      router.refresh();
    });
  }

  function resolve(choices: Record<string, Choice>) {
    if (!existing || !conflict) return;
    const next = resolvedSave(conflict, choices);
    const [session, from] = [fromServer(next.values), fromServer(next.base)];
    setValues(session);
    setVersion(next.version);
    setBase(from);
    save(existing.id, next.version, session, from);
  }

  // A conflicting value as the form shows it: languages by name, a missing symbol or text as empty.
  const shown = (field: string, value: unknown): string => {
    if (Array.isArray(value)) return value.map((l) => LOCALE_NAMES[l as Locale] ?? String(l)).join(", ");
    if (field === "originalLanguage") return LOCALE_NAMES[value as Locale] ?? String(value ?? "");
    return value == null ? "" : String(value);
  };

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (existing) {
      save(existing.id, version, values, base);
    } else {
      create.run({ body, session: values }, (data) => router.push(`/${locale}/admin/sessions/${data.id}`));
    }
  }

  const LIMITS: Partial<Record<TextField, number>> = {
    title: TEXT_LIMITS.sessionTitle,
    venue: TEXT_LIMITS.venue,
    documentTitle: TEXT_LIMITS.agendaDocumentTitle,
  };
  const limit = (name: TextField) => LIMITS[name];
  const text = (name: TextField, hint?: string) => (
    <Field
      id={`session-${name}`}
      label={t(name)}
      error={err(name)}
      hint={hint}
      counter={limit(name) ? { length: (values[name] ?? "").length, max: limit(name) ?? 0 } : undefined}
    >
      {(a) => (
        <input {...a} className={inputClass} value={values[name] ?? ""} onChange={(e) => set(name, e.target.value)} />
      )}
    </Field>
  );

  return (
    <form onSubmit={submit} className="space-y-6" noValidate>
      {/* The conflict notice says what happened and what to do: the generic conflict message would only repeat it. */}
      {!conflict && <ActionError result={action.result} />}
      {conflict && (
        <ConflictNotice
          key={conflict.current.version}
          pending={update.pending}
          fields={conflict.conflicts.map((c) => ({
            field: c.field,
            label: t(c.field === "interpretationLanguages" ? "interpretation" : c.field),
            current: shown(c.field, c.current),
            yours: shown(c.field, c.yours),
          }))}
          onResolve={resolve}
        />
      )}
      {!existing && <BodyPicker bodies={bodies} value={body} onChange={setBody} fieldError={create.fieldError} />}
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("sessionSection")}</legend>
        <div className="sm:max-w-xs">
          <Field id="session-ordinal" label={t("ordinal")} hint={t("ordinalHint")} error={err("ordinal")}>
            {(a) => (
              <input
                {...a}
                type="number"
                min={1}
                className={inputClass}
                value={String(values.ordinal ?? "")}
                onChange={(e) => set("ordinal", e.target.value)}
              />
            )}
          </Field>
        </div>
        {/* The language comes right before the title and venue it governs; its hint is read with it and names
            them without "above" or "below". */}
        <Field
          id="session-originalLanguage"
          label={t("originalLanguage")}
          hint={t("originalLanguageHint")}
          error={err("originalLanguage")}
        >
          {(a) => (
            <select
              {...a}
              className={`${inputClass} sm:max-w-xs`}
              value={values.originalLanguage}
              onChange={(e) => set("originalLanguage", e.target.value as Locale)}
            >
              {LOCALES.map((l) => (
                <option key={l} value={l}>
                  {LOCALE_NAMES[l]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text("title")}
        {text("venue")}
        <div className="grid gap-4 sm:grid-cols-3">
          <Field id="session-startDate" label={t("startDate")} error={err("startDate")}>
            {(a) => (
              <input
                {...a}
                type="date"
                className={inputClass}
                value={values.startDate}
                onChange={(e) => set("startDate", e.target.value)}
              />
            )}
          </Field>
          <Field id="session-endDate" label={t("endDate")} error={err("endDate")}>
            {(a) => (
              <input
                {...a}
                type="date"
                className={inputClass}
                value={values.endDate}
                onChange={(e) => set("endDate", e.target.value)}
              />
            )}
          </Field>
          <Field id="session-timeZone" label={t("timeZone")} error={err("timeZone")}>
            {(a) => (
              <select
                {...a}
                className={inputClass}
                value={values.timeZone}
                onChange={(e) => set("timeZone", e.target.value)}
              >
                {timeZones.map((zone) => (
                  <option key={zone} value={zone}>
                    {zone.replaceAll("_", " ")}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <p className="text-sm text-slate-600">{t("timeZoneHint")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="session-plenaryMeetings" label={t("plenaryMeetings")} error={err("plenaryMeetings")}>
            {(a) => (
              <input
                {...a}
                type="number"
                min={0}
                className={inputClass}
                value={String(values.plenaryMeetings ?? "")}
                onChange={(e) => set("plenaryMeetings", e.target.value)}
              />
            )}
          </Field>
          {text("agendaSymbol", t("agendaSymbolHint"))}
          {text("documentTitle", t("documentTitleHint"))}
        </div>
        <fieldset>
          <legend className="font-medium">{t("interpretation")}</legend>
          <div className="mt-1 flex flex-wrap gap-4">
            {LOCALES.map((l) => (
              <label key={l} className="inline-flex items-center gap-1">
                <input
                  type="checkbox"
                  checked={values.interpretationLanguages?.includes(l) ?? false}
                  onChange={(e) =>
                    set(
                      "interpretationLanguages",
                      e.target.checked
                        ? [...(values.interpretationLanguages ?? []), l]
                        : (values.interpretationLanguages ?? []).filter((x) => x !== l),
                    )
                  }
                />
                <span lang={l}>{LOCALE_NAMES[l]}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </fieldset>
      <div className="flex items-center gap-4">
        <button type="submit" className={buttonClass} disabled={action.pending}>
          {action.pending ? t("saving") : existing ? t("save") : t("create")}
        </button>
        <SavedNotice show={Boolean(existing && update.result?.ok)}>{t("saved")}</SavedNotice>
      </div>
    </form>
  );
}
