"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/workspace/form-controls";

export type BodyChoice =
  | { kind: "existing"; bodyId: string }
  | { kind: "new"; body: { name: string; symbolPrefix: string; parentId: string; sessionTerm: "SESSION" | "MEETING" } };

interface Props {
  bodies: Array<{ id: string; label: string }>;
  value: BodyChoice;
  onChange: (value: BodyChoice) => void;
  fieldError: (path: string) => string | undefined;
}

const NEW_BODY: BodyChoice = {
  kind: "new",
  body: { name: "", symbolPrefix: "", parentId: "", sessionTerm: "SESSION" },
};

/** Choose the body that meets, or describe a new one (with its parent and symbol prefix). */
export function BodyPicker({ bodies, value, onChange, fieldError }: Props) {
  const t = useTranslations("admin.form");
  const setNew = (patch: Partial<Extract<BodyChoice, { kind: "new" }>["body"]>) =>
    value.kind === "new" && onChange({ kind: "new", body: { ...value.body, ...patch } });
  return (
    <fieldset className="space-y-4">
      <legend className="text-lg font-semibold">{t("bodySection")}</legend>
      <div className="flex flex-wrap gap-6">
        <label className="inline-flex items-center gap-2">
          <input
            type="radio"
            name="body-kind"
            checked={value.kind === "existing"}
            disabled={bodies.length === 0}
            onChange={() => onChange({ kind: "existing", bodyId: "" })}
          />
          {t("existingBody")}
        </label>
        <label className="inline-flex items-center gap-2">
          <input type="radio" name="body-kind" checked={value.kind === "new"} onChange={() => onChange(NEW_BODY)} />
          {t("newBody")}
        </label>
      </div>
      {value.kind === "existing" ? (
        <Field id="body-existing" label={t("body")} error={fieldError("body.bodyId")}>
          {(a) => (
            <select
              {...a}
              className={inputClass}
              value={value.bodyId}
              onChange={(e) => onChange({ kind: "existing", bodyId: e.target.value })}
            >
              <option value="">{t("chooseBody")}</option>
              {bodies.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="body-name" label={t("bodyName")} error={fieldError("body.body.name")}>
            {(a) => (
              <input
                {...a}
                className={inputClass}
                value={value.body.name}
                onChange={(e) => setNew({ name: e.target.value })}
              />
            )}
          </Field>
          <Field
            id="body-prefix"
            label={t("symbolPrefix")}
            hint={t("symbolPrefixHint")}
            error={fieldError("body.body.symbolPrefix")}
          >
            {(a) => (
              <input
                {...a}
                className={`${inputClass} font-mono`}
                value={value.body.symbolPrefix}
                onChange={(e) => setNew({ symbolPrefix: e.target.value })}
              />
            )}
          </Field>
          <Field id="body-parent" label={t("parentBody")} error={fieldError("body.body.parentId")}>
            {(a) => (
              <select
                {...a}
                className={inputClass}
                value={value.body.parentId}
                onChange={(e) => setNew({ parentId: e.target.value })}
              >
                <option value="">{t("noParent")}</option>
                {bodies.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="body-term" label={t("sessionTerm")}>
            {(a) => (
              <select
                {...a}
                className={inputClass}
                value={value.body.sessionTerm}
                onChange={(e) => setNew({ sessionTerm: e.target.value as "SESSION" | "MEETING" })}
              >
                <option value="SESSION">{t("term.SESSION")}</option>
                <option value="MEETING">{t("term.MEETING")}</option>
              </select>
            )}
          </Field>
        </div>
      )}
    </fieldset>
  );
}
