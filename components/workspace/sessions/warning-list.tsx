"use client";

import { useTranslations } from "next-intl";
import type { ScheduleWarning } from "@/lib/schedule/warnings";

export interface WarningLabels {
  items: Record<string, string>;
  slots: Record<string, { date: string; label: string }>;
}

/** Schedule warnings in words: item numbers and slot times instead of ids. */
export function WarningList({ warnings, labels }: { warnings: ScheduleWarning[]; labels: WarningLabels }) {
  const t = useTranslations("admin.warnings");
  const item = (id: string) => labels.items[id] ?? "?";
  const slot = (id: string) => labels.slots[id] ?? { date: "?", label: "?" };
  return (
    <ul className="list-disc space-y-1 ps-6">
      {warnings.map((w, index) => (
        <li key={index}>
          {w.code === "item-unscheduled" && t(w.code, { item: item(w.itemId) })}
          {w.code === "item-out-of-order" && t(w.code, { item: item(w.itemId), before: item(w.beforeItemId) })}
          {w.code === "slots-overlap" &&
            t(w.code, { date: slot(w.slotId).date, first: slot(w.slotId).label, second: slot(w.otherSlotId).label })}
          {w.code === "slot-outside-dates" && t(w.code, { date: slot(w.slotId).date })}
          {w.code === "too-many-slots" && t(w.code, { slots: w.slots, plenaryMeetings: w.plenaryMeetings })}
        </li>
      ))}
    </ul>
  );
}
