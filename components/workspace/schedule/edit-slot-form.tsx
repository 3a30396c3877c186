"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { ConflictNotice } from "@/components/workspace/conflict-notice";
import { mergeConflictOf, resolvedSave } from "@/components/workspace/merge-conflict";
import { ActionError, buttonClass, secondaryButtonClass } from "@/components/workspace/form-controls";
import { useAction } from "@/components/workspace/use-action";
import { formatDayHeading } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { updateSlotAction } from "@/lib/schedule/actions";
import type { EditorSlot } from "@/lib/schedule/workspace/view";
import type { SlotTimesInput } from "@/lib/schedule/schema";
import type { Choice } from "@/lib/edit-conflicts/merge";
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
  const [values, setValues] = useState<SlotTimesInput>({
    date: slot.date,
    start: formatTimeOfDay(slot.startMinutes),
    end: formatTimeOfDay(slot.endMinutes),
  });
  const [version, setVersion] = useState(slot.version);
  // The date and times the form opened with: a save over someone else's change writes only what differs from them.
  const [base, setBase] = useState<SlotTimesInput>(values);
  const first = useRef<HTMLFormElement>(null);
  useEffect(() => first.current?.querySelector("input")?.focus(), []);

  // The server compares times as minutes after midnight.
  const conflict = mergeConflictOf<{ date: string; start: number; end: number }>(update.result);
  const asInput = (times: { date: string; start: number; end: number }): SlotTimesInput => ({
    date: times.date,
    start: formatTimeOfDay(times.start),
    end: formatTimeOfDay(times.end),
  });

  function submit(withVersion: number, times: SlotTimesInput, from: SlotTimesInput) {
    update.run({ id: slot.id, version: withVersion, slot: times, base: from }, (data) => {
      const start = parseTimeOfDay(times.start) ?? slot.startMinutes;
      const end = parseTimeOfDay(times.end) ?? slot.endMinutes;
      onSaved({ version: data.version, date: times.date, startMinutes: start, endMinutes: end });
    });
  }

  function resolve(choices: Record<string, Choice>) {
    if (!conflict) return;
    const next = resolvedSave(conflict, choices);
    const [times, from] = [asInput(next.values), asInput(next.base)];
    setValues(times);
    setVersion(next.version);
    setBase(from);
    submit(next.version, times, from);
  }

  const shown = (field: string, value: unknown) =>
    field === "date"
      ? formatDayHeading(String(value), locale)
      : typeof value === "number"
        ? formatTimeOfDay(value)
        : String(value ?? "");

  return (
    <form
      ref={first}
      noValidate
      className="mt-3 space-y-3 rounded border border-slate-300 bg-slate-50 p-3"
      onSubmit={(e) => {
        e.preventDefault();
        submit(version, values, base);
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") onClose();
      }}
    >
      {conflict ? (
        <ConflictNotice
          key={conflict.current.version}
          pending={update.pending}
          fields={conflict.conflicts.map((c) => ({
            field: c.field,
            label: t(c.field === "date" ? "conflictDate" : c.field === "start" ? "start" : "end"),
            current: shown(c.field, c.current),
            yours: shown(c.field, c.yours),
          }))}
          onResolve={resolve}
        />
      ) : (
        <ActionError result={update.result} />
      )}
      <SlotTimesFields
        idPrefix={`edit-${slot.id}`}
        legend={t("editTimes")}
        values={values}
        onChange={setValues}
        fieldError={update.fieldError}
      />
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
