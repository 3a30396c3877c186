"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/workspace/form-controls";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import type { ImportDraftInput } from "@/lib/imports/schema";

interface Props {
  draft: ImportDraftInput;
  timeZones: string[];
  onChange: (draft: ImportDraftInput) => void;
  fieldError: (path: string) => string | undefined;
}

/** The session facts read from the masthead, for the secretariat to confirm or correct. */
export function DraftSessionFields({ draft, timeZones, onChange, fieldError }: Props) {
  const t = useTranslations("admin.form");
  const ti = useTranslations("admin.import");
  const s = draft.session;
  const set = (patch: Partial<ImportDraftInput["session"]>) => onChange({ ...draft, session: { ...s, ...patch } });
  const text = (name: "title" | "venue" | "agendaSymbol" | "startDate" | "endDate", type = "text") => (
    <Field id={`draft-${name}`} label={t(name)} error={fieldError(`session.${name}`)}>
      {(a) => (
        <input
          {...a}
          type={type}
          className={inputClass}
          value={String(s[name] ?? "")}
          onChange={(e) => set({ [name]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <fieldset className="space-y-4">
      <legend className="text-lg font-semibold">{t("sessionSection")}</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="draft-language" label={ti("language")} error={fieldError("language")}>
          {(a) => (
            <select
              {...a}
              className={inputClass}
              value={draft.language}
              onChange={(e) =>
                onChange({
                  ...draft,
                  language: e.target.value as Locale,
                  session: { ...s, originalLanguage: e.target.value as Locale },
                })
              }
            >
              {LOCALES.map((l) => (
                <option key={l} value={l}>
                  {LOCALE_NAMES[l]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="draft-ordinal" label={t("ordinal")} error={fieldError("session.ordinal")}>
          {(a) => (
            <input
              {...a}
              type="number"
              min={1}
              className={inputClass}
              value={String(s.ordinal ?? "")}
              onChange={(e) => set({ ordinal: e.target.value })}
            />
          )}
        </Field>
      </div>
      {text("title")}
      {text("venue")}
      <div className="grid gap-4 sm:grid-cols-3">
        {text("startDate", "date")}
        {text("endDate", "date")}
        <Field id="draft-timeZone" label={t("timeZone")} error={fieldError("session.timeZone")}>
          {(a) => (
            <select
              {...a}
              className={inputClass}
              value={s.timeZone}
              onChange={(e) => set({ timeZone: e.target.value })}
            >
              {[...new Set(["UTC", ...timeZones])].map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll("_", " ")}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="draft-plenaryMeetings" label={t("plenaryMeetings")} error={fieldError("session.plenaryMeetings")}>
          {(a) => (
            <input
              {...a}
              type="number"
              min={0}
              className={inputClass}
              value={String(s.plenaryMeetings ?? "")}
              onChange={(e) => set({ plenaryMeetings: e.target.value })}
            />
          )}
        </Field>
        {text("agendaSymbol")}
      </div>
      <Field id="draft-documentTitle" label={ti("documentTitle")} error={fieldError("documentTitle")}>
        {(a) => (
          <input
            {...a}
            className={inputClass}
            value={draft.documentTitle}
            onChange={(e) => onChange({ ...draft, documentTitle: e.target.value })}
          />
        )}
      </Field>
    </fieldset>
  );
}
