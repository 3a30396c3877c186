"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { dangerButtonClass, secondaryButtonClass } from "@/components/workspace/form-controls";
import { formatTimeRange } from "@/lib/i18n/format";
import { wordSeparator, type Locale } from "@/lib/i18n/locales";
import type { SlotEdit } from "@/lib/schedule/workspace/slot-edits";
import type { EditorSlot } from "@/lib/schedule/workspace/view";
import { dayPeriod } from "@/lib/schedule/time-of-day";
import { DeleteSlotDialog } from "./delete-slot-dialog";
import { EditSlotForm } from "./edit-slot-form";
import { deleteSlotId, editTimesId, slotHeadingId, slotId as slotElementId, type ItemControl } from "./ids";
import { SlotItems, type ItemChoice } from "./slot-items";

interface Props {
  locale: Locale;
  slot: EditorSlot & { entries: Array<{ itemId: string; continued: boolean }> };
  slotName: string;
  items: ItemChoice[];
  itemsById: Map<string, ItemChoice>;
  hasPrevious: boolean;
  hasNext: boolean;
  pending: boolean;
  onEdit: (edit: SlotEdit, control: ItemControl | "add") => void;
  onTimesSaved: (saved: Pick<EditorSlot, "version" | "date" | "startMinutes" | "endMinutes">) => void;
  onDeleted: () => void;
  focus: (ids: string[]) => void;
}

/** One meeting slot: its times, the items taken up in it, and the controls to change or delete it. */
export function SlotCard({
  locale,
  slot,
  slotName,
  items,
  itemsById,
  hasPrevious,
  hasNext,
  pending,
  onEdit,
  onTimesSaved,
  onDeleted,
  focus,
}: Props) {
  const t = useTranslations("scheduleAdmin");
  const tc = useTranslations("schedule");
  const [mode, setMode] = useState<"view" | "edit" | "delete">("view");
  const close = (returnTo: string) => {
    setMode("view");
    focus([returnTo]);
  };
  return (
    <section
      id={slotElementId(slot.id)}
      aria-labelledby={slotHeadingId(slot.id)}
      className="rounded border border-slate-300 p-4"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h4 id={slotHeadingId(slot.id)} tabIndex={-1} className="font-semibold">
          {t("slotHeading", {
            period: t(`period.${dayPeriod(slot.startMinutes)}`),
            time: formatTimeRange(slot.startMinutes, slot.endMinutes, locale),
          })}
        </h4>
        {mode === "view" && (
          <div className="flex flex-wrap gap-2">
            <button
              id={editTimesId(slot.id)}
              type="button"
              className={secondaryButtonClass}
              onClick={() => setMode("edit")}
            >
              {t("editTimes")}
              <span className="sr-only">{`: ${slotName}`}</span>
            </button>
            <button
              id={deleteSlotId(slot.id)}
              type="button"
              className={dangerButtonClass}
              onClick={() => setMode("delete")}
            >
              {t("deleteSlot")}
              <span className="sr-only">{`: ${slotName}`}</span>
            </button>
          </div>
        )}
      </div>
      {mode === "edit" && (
        <EditSlotForm
          locale={locale}
          slot={slot}
          onClose={() => close(editTimesId(slot.id))}
          onSaved={(saved) => {
            onTimesSaved(saved);
            close(editTimesId(slot.id));
          }}
        />
      )}
      {mode === "delete" && (
        <DeleteSlotDialog
          slot={slot}
          slotName={slotName}
          items={itemsById}
          onCancel={() => close(deleteSlotId(slot.id))}
          onDeleted={onDeleted}
        />
      )}
      <SlotItems
        slotId={slot.id}
        slotName={slotName}
        entries={slot.entries}
        items={items}
        itemsById={itemsById}
        continuedLabel={`${wordSeparator(locale)}${tc("continued")}`}
        hasPrevious={hasPrevious}
        hasNext={hasNext}
        pending={pending}
        onEdit={onEdit}
      />
    </section>
  );
}
