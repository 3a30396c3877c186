"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { OverwriteNotice } from "@/components/workspace/overwrite-notice";
import { ActionError } from "@/components/workspace/form-controls";
import { formatDayHeading, formatTimeRange } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { markContinued } from "@/lib/schedule/continued";
import {
  adjacentSlot,
  applySlotEdit,
  chronological,
  type SlotChange,
  type SlotEdit,
} from "@/lib/schedule/workspace/slot-edits";
import type { EditorSlot } from "@/lib/schedule/workspace/view";
import { nextFreeDay, parseTimeOfDay } from "@/lib/schedule/time-of-day";
import { AddDayForm, AddSlotForm } from "./add-slot-forms";
import {
  addItemId,
  dayHeadingId,
  itemControlId,
  itemRowId,
  SCHEDULE_HEADING_ID,
  slotHeadingId,
  type ItemControl,
} from "./ids";
import { SlotCard } from "./slot-card";
import type { ItemChoice } from "./slot-items";
import { useFocusAfter } from "./use-focus-after";
import { useSlotPlan } from "./use-slot-plan";

export interface ScheduleEditorProps {
  locale: Locale;
  sessionId: string;
  startDate: string;
  endDate: string;
  /** Agenda items in agenda order, numbered and titled in the page language. */
  items: ItemChoice[];
  slots: EditorSlot[];
}

/** The organization of work by day and slot, with the items of each slot in order; every change is saved at once. */
export function ScheduleEditor({
  locale,
  sessionId,
  startDate,
  endDate,
  items,
  slots: serverSlots,
}: ScheduleEditorProps) {
  const t = useTranslations("scheduleAdmin");
  const router = useRouter();
  const plan = useSlotPlan(serverSlots);
  const focus = useFocusAfter();
  const [announcement, setAnnouncement] = useState("");
  const itemsById = new Map(items.map((item) => [item.id, item]));
  const number = (id: string) => itemsById.get(id)?.number ?? "?";
  const slotName = (slot: Pick<EditorSlot, "date" | "startMinutes" | "endMinutes">) =>
    t("slotName", {
      date: formatDayHeading(slot.date, locale),
      time: formatTimeRange(slot.startMinutes, slot.endMinutes, locale),
    });

  const ordered = markContinued(chronological(plan.slots));
  const days: Array<{ date: string; slots: typeof ordered }> = [];
  for (const slot of ordered) {
    const day = days.at(-1);
    if (day?.date === slot.date) day.slots.push(slot);
    else days.push({ date: slot.date, slots: [slot] });
  }

  function edit(change: SlotEdit, control: ItemControl | "add") {
    const changes = applySlotEdit(plan.slots, change);
    const source = plan.slots.find((slot) => slot.id === change.slotId);
    if (!source) return;
    const target = change.kind === "transfer" ? adjacentSlot(plan.slots, source.id, change.direction) : source;
    const item = change.itemId;
    plan.commit(changes, () => {
      if (change.kind === "add") {
        setAnnouncement(t("announce.added", { item: number(item), slot: slotName(source) }));
        focus([addItemId(source.id), itemRowId(source.id, item)]);
      } else if (change.kind === "remove") {
        setAnnouncement(t("announce.removed", { item: number(item), slot: slotName(source) }));
        const index = source.itemIds.indexOf(item);
        const neighbours = [source.itemIds[index + 1], source.itemIds[index - 1]].filter((id): id is string =>
          Boolean(id),
        );
        focus([
          ...neighbours.map((id) => itemControlId(source.id, id, "remove")),
          addItemId(source.id),
          slotHeadingId(source.id),
        ]);
      } else if (change.kind === "move") {
        const list = changes[0]?.itemIds ?? [];
        setAnnouncement(
          t("announce.moved", {
            item: number(item),
            position: list.indexOf(item) + 1,
            count: list.length,
            slot: slotName(source),
          }),
        );
        focus([itemControlId(source.id, item, control as ItemControl), itemRowId(source.id, item)]);
      } else if (target) {
        setAnnouncement(t("announce.transferred", { item: number(item), slot: slotName(target) }));
        focus([itemControlId(target.id, item, control as ItemControl), itemRowId(target.id, item)]);
      }
    });
  }

  const conflictRows = (plan.conflict ?? []).map((current) => {
    const mine: SlotChange | undefined = plan.attempt?.find((change) => change.id === current.id);
    return {
      label: slotName(current),
      current: current.itemIds.map(number).join(", ") || "—",
      mine: (mine?.itemIds ?? current.itemIds).map(number).join(", ") || "—",
    };
  });

  return (
    <div className="space-y-6">
      <p role="status" aria-live="polite" className="min-h-6 text-sm text-emerald-800">
        {plan.pending ? t("saving") : announcement}
      </p>
      {plan.conflict ? (
        <div className="space-y-2">
          <OverwriteNotice rows={conflictRows} onOverwrite={plan.overwrite} />
          <button type="button" className="text-sm text-un underline underline-offset-2" onClick={plan.discard}>
            {t("discardMine")}
          </button>
        </div>
      ) : (
        <ActionError result={plan.result} />
      )}
      {days.length === 0 && <p className="text-slate-700">{t("noSlots")}</p>}
      {days.map((day) => (
        <section key={day.date} aria-labelledby={dayHeadingId(day.date)} className="space-y-3">
          <h3 id={dayHeadingId(day.date)} tabIndex={-1} className="text-lg font-semibold">
            {formatDayHeading(day.date, locale)}
          </h3>
          {day.slots.map((slot) => (
            <SlotCard
              key={slot.id}
              locale={locale}
              slot={slot}
              slotName={slotName(slot)}
              items={items}
              itemsById={itemsById}
              hasPrevious={Boolean(adjacentSlot(plan.slots, slot.id, -1))}
              hasNext={Boolean(adjacentSlot(plan.slots, slot.id, 1))}
              pending={plan.pending}
              onEdit={edit}
              focus={focus}
              onTimesSaved={(saved) => {
                plan.patchSlot(slot.id, saved);
                setAnnouncement(t("announce.slotUpdated", { slot: slotName(saved) }));
                router.refresh();
              }}
              onDeleted={() => {
                plan.dropSlot(slot.id);
                setAnnouncement(t("announce.slotDeleted", { slot: slotName(slot) }));
                focus([dayHeadingId(slot.date), SCHEDULE_HEADING_ID]);
                router.refresh();
              }}
            />
          ))}
        </section>
      ))}
      <div className="grid gap-4 lg:grid-cols-2">
        <AddDayForm
          locale={locale}
          sessionId={sessionId}
          suggested={nextFreeDay(
            startDate,
            endDate,
            plan.slots.map((slot) => slot.date),
          )}
          onAdded={(date) => setAnnouncement(t("announce.dayAdded", { date: formatDayHeading(date, locale) }))}
        />
        <AddSlotForm
          sessionId={sessionId}
          defaultDate={startDate}
          onAdded={(values) => {
            const start = parseTimeOfDay(values.start) ?? 0;
            const end = parseTimeOfDay(values.end) ?? 0;
            setAnnouncement(
              t("announce.slotAdded", { slot: slotName({ date: values.date, startMinutes: start, endMinutes: end }) }),
            );
          }}
        />
      </div>
    </div>
  );
}
