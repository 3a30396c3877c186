"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/workspace/form-controls";
import type { SlotTimesInput } from "@/lib/schedule/schema";

interface Props {
  idPrefix: string;
  legend: string;
  values: SlotTimesInput;
  onChange: (values: SlotTimesInput) => void;
  /** Errors of the action, under "slot.date", "slot.start", "slot.end". */
  fieldError: (path: string) => string | undefined;
}

/** Date, start and end of a slot; times are typed on the 24-hour clock as HH:MM, local to the venue. */
export function SlotTimesFields({ idPrefix, legend, values, onChange, fieldError }: Props) {
  const t = useTranslations("scheduleAdmin");
  const hintId = `${idPrefix}-hint`;
  const time = (name: "start" | "end") => (
    <Field id={`${idPrefix}-${name}`} label={t(name)} error={fieldError(`slot.${name}`)}>
      {(a) => (
        <input
          {...a}
          aria-describedby={[hintId, a["aria-describedby"]].filter(Boolean).join(" ")}
          className={`${inputClass} tabular-nums`}
          inputMode="numeric"
          autoComplete="off"
          placeholder={name === "start" ? "10:00" : "13:00"}
          value={values[name]}
          onChange={(e) => onChange({ ...values, [name]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <fieldset className="space-y-2">
      <legend className="font-medium">{legend}</legend>
      <p id={hintId} className="text-sm text-slate-600">
        {t("timeHint")}
      </p>
      <div className="grid grid-cols-2 gap-3">
        <div className="col-span-2">
          <Field id={`${idPrefix}-date`} label={t("date")} error={fieldError("slot.date")}>
            {(a) => (
              <input
                {...a}
                type="date"
                className={inputClass}
                value={values.date}
                onChange={(e) => onChange({ ...values, date: e.target.value })}
              />
            )}
          </Field>
        </div>
        {time("start")}
        {time("end")}
      </div>
    </fieldset>
  );
}
