"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { ActionError, dangerButtonClass, secondaryButtonClass } from "@/components/workspace/form-controls";
import { useAction } from "@/components/workspace/use-action";
import { deleteSlotAction } from "@/lib/schedule/actions";
import type { EditorItemView, EditorSlot } from "@/lib/schedule/workspace/view";

interface Props {
  slot: EditorSlot;
  slotName: string;
  items: Map<string, EditorItemView>;
  onDeleted: () => void;
  onCancel: () => void;
}

/** Asks before deleting a slot, naming the items that would no longer be taken up in it. */
export function DeleteSlotDialog({ slot, slotName, items, onDeleted, onCancel }: Props) {
  const t = useTranslations("scheduleAdmin");
  const remove = useAction(deleteSlotAction);
  const cancel = useRef<HTMLButtonElement>(null);
  // Cancel is the safe default, so it gets the focus.
  useEffect(() => cancel.current?.focus(), []);
  const titleId = `delete-${slot.id}-title`;
  const bodyId = `delete-${slot.id}-body`;
  return (
    <div
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      className="mt-3 rounded border border-red-300 bg-red-50 p-3"
      onKeyDown={(e) => {
        if (e.key === "Escape") onCancel();
      }}
    >
      <p id={titleId} className="font-semibold">
        {t("deleteTitle", { slot: slotName })}
      </p>
      <div id={bodyId} className="mt-2 text-sm">
        {slot.itemIds.length === 0 ? (
          <p>{t("deleteEmpty")}</p>
        ) : (
          <>
            <p>{t("deleteItems")}</p>
            <ul className="mt-1 list-disc ps-6">
              {slot.itemIds.map((id) => {
                const item = items.get(id);
                return (
                  <li key={id}>
                    <span className="tabular-nums">{item?.number}</span> <bdi>{item?.title?.text}</bdi>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </div>
      <ActionError result={remove.result} />
      <div className="mt-3 flex flex-wrap gap-3">
        <button
          type="button"
          className={dangerButtonClass}
          disabled={remove.pending}
          onClick={() => remove.run({ id: slot.id, version: slot.version }, onDeleted)}
        >
          {remove.pending ? t("deleting") : t("deleteConfirm")}
        </button>
        <button ref={cancel} type="button" className={secondaryButtonClass} onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}
