"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { ConflictNotice } from "@/components/admin/conflict-notice";
import { ActionError, buttonClass, secondaryButtonClass } from "@/components/admin/form-controls";
import { useAction } from "@/components/admin/use-action";
import { formatDayHeading, formatTimeRange } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { updateSlotAction } from "@/lib/schedule/actions";
import type { EditorSlot } from "@/lib/schedule/editing/view";
import type { SlotTimesInput } from "@/lib/schedule/schema";
import { formatTimeOfDay, parseTimeOfDay } from "@/lib/schedule/time-of-day";
import { SlotTimesFields } from "./slot-times-fields";

interface Props {
  locale: Locale;
  slot: EditorSlot;
  onSaved: (saved: Pick<EditorSlot, "version" | "date" | "startMinutes" | "endMinutes">) => void;
  onClose: () => void;
}

/** Changes a slot's date and times; someone else's change meanwhile is shown beside this one before overwriting. */
export function EditSlotForm({ locale, slot, onSaved, onClose }: Props) {
  const t = useTranslations("scheduleAdmin");
  const update = useAction(updateSlotAction);
  const [values, setValues] = useState<SlotTimesInput>({ date: slot.date, start: formatTimeOfDay(slot.startMinutes), end: formatTimeOfDay(slot.endMinutes) });
  const [version, setVersion] = useState(slot.version);
  const first = useRef<HTMLFormElement>(null);
  useEffect(() => first.current?.querySelector("input")?.focus(), []);

  const failed = update.result && !update.result.ok ? update.result.error : null;
  const current = failed?.code === "conflict" ? (failed.details?.current as EditorSlot | undefined) : undefined;

  function submit(withVersion: number) {
    update.run({ id: slot.id, version: withVersion, slot: values }, (data) => {
      const start = parseTimeOfDay(values.start) ?? slot.startMinutes;
      const end = parseTimeOfDay(values.end) ?? slot.endMinutes;
      onSaved({ version: data.version, date: values.date, startMinutes: start, endMinutes: end });
    });
  }

  const mine = () => {
    const start = parseTimeOfDay(values.start);
    const end = parseTimeOfDay(values.end);
    return start !== null && end !== null ? formatTimeRange(start, end, locale) : `${values.start}–${values.end}`;
  };

  return (
    <form
      ref={first}
      noValidate
      className="mt-3 space-y-3 rounded border border-slate-300 bg-slate-50 p-3"
      onSubmit={(e) => {
        e.preventDefault();
        submit(version);
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") onClose();
      }}
    >
      {current ? (
        <ConflictNotice
          rows={[
            { label: t("conflictDate"), current: formatDayHeading(current.date, locale), mine: values.date ? formatDayHeading(values.date, locale) : "" },
            { label: t("conflictTimes"), current: formatTimeRange(current.startMinutes, current.endMinutes, locale), mine: mine() },
          ]}
          onOverwrite={() => {
            setVersion(current.version);
            submit(current.version);
          }}
        />
      ) : (
        <ActionError result={update.result} />
      )}
      <SlotTimesFields idPrefix={`edit-${slot.id}`} legend={t("editTimes")} values={values} onChange={setValues} fieldError={update.fieldError} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={buttonClass} disabled={update.pending}>
          {update.pending ? t("saving") : t("saveTimes")}
        </button>
        <button type="button" className={secondaryButtonClass} onClick={onClose}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
