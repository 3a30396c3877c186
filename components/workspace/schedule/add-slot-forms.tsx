"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  ActionError,
  Field,
  buttonClass,
  inputClass,
  secondaryButtonClass,
} from "@/components/workspace/form-controls";
import { useAction } from "@/components/workspace/use-action";
import { formatTimeRange } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { addDayAction, createSlotAction } from "@/lib/schedule/actions";
import type { SlotTimesInput } from "@/lib/schedule/schema";
import { DEFAULT_DAY_SLOTS } from "@/lib/schedule/time-of-day";
import { SlotTimesFields } from "./slot-times-fields";

/** A new meeting day with the usual morning and afternoon slots; the next day without slots is offered. */
export function AddDayForm({
  locale,
  sessionId,
  suggested,
  onAdded,
}: {
  locale: Locale;
  sessionId: string;
  suggested: string;
  onAdded: (date: string) => void;
}) {
  const t = useTranslations("scheduleAdmin");
  const router = useRouter();
  const add = useAction(addDayAction);
  // Null follows the suggestion, which moves on to the next free day after each day added.
  const [date, setDate] = useState<string | null>(null);
  const value = date ?? suggested;
  const [first, second] = DEFAULT_DAY_SLOTS.map((slot) => formatTimeRange(slot.startMinutes, slot.endMinutes, locale));
  return (
    <form
      noValidate
      aria-labelledby="add-day-heading"
      className="space-y-3 rounded border border-slate-300 p-4"
      onSubmit={(e) => {
        e.preventDefault();
        add.run({ sessionId, date: value }, () => {
          setDate(null);
          onAdded(value);
          router.refresh();
        });
      }}
    >
      <h3 id="add-day-heading" className="font-semibold">
        {t("addDay.heading")}
      </h3>
      <Field
        id="add-day-date"
        label={t("date")}
        hint={t("addDay.hint", { first: first ?? "", second: second ?? "" })}
        error={add.fieldError("date")}
      >
        {(a) => (
          <input {...a} type="date" className={inputClass} value={value} onChange={(e) => setDate(e.target.value)} />
        )}
      </Field>
      <ActionError result={add.result} />
      <button type="submit" className={buttonClass} disabled={add.pending}>
        {add.pending ? t("saving") : t("addDay.submit")}
      </button>
    </form>
  );
}

/** One slot at any date and time, e.g. an evening meeting or a half day. */
export function AddSlotForm({
  sessionId,
  defaultDate,
  onAdded,
}: {
  sessionId: string;
  defaultDate: string;
  onAdded: (slot: SlotTimesInput) => void;
}) {
  const t = useTranslations("scheduleAdmin");
  const router = useRouter();
  const create = useAction(createSlotAction);
  const [values, setValues] = useState<SlotTimesInput>({ date: defaultDate, start: "", end: "" });
  return (
    <form
      noValidate
      aria-labelledby="add-slot-heading"
      className="space-y-3 rounded border border-slate-300 p-4"
      onSubmit={(e) => {
        e.preventDefault();
        create.run({ sessionId, slot: values }, () => {
          onAdded(values);
          setValues({ ...values, start: "", end: "" });
          router.refresh();
        });
      }}
    >
      <h3 id="add-slot-heading" className="font-semibold">
        {t("addSlot.heading")}
      </h3>
      <SlotTimesFields
        idPrefix="add-slot"
        legend={t("slot")}
        values={values}
        onChange={setValues}
        fieldError={create.fieldError}
      />
      <ActionError result={create.result} />
      <button type="submit" className={secondaryButtonClass} disabled={create.pending}>
        {create.pending ? t("saving") : t("addSlot.submit")}
      </button>
    </form>
  );
}
