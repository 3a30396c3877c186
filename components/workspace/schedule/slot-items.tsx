"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { inputClass, secondaryButtonClass } from "@/components/workspace/form-controls";
import { LocalizedText } from "@/components/ui/localized-text";
import type { SlotEdit } from "@/lib/schedule/workspace/slot-edits";
import type { EditorItemView } from "@/lib/schedule/workspace/view";
import { addItemId, itemControlId, itemRowId, type ItemControl } from "./ids";

export interface ItemChoice extends EditorItemView {
  /** "Not yet translated" beside a title shown in another language. */
  fallbackNotice: string | null;
}

interface Props {
  slotId: string;
  slotName: string;
  entries: Array<{ itemId: string; continued: boolean }>;
  items: ItemChoice[];
  itemsById: Map<string, ItemChoice>;
  /** "(continued)" with the word space the language puts before it. */
  continuedLabel: string;
  hasPrevious: boolean;
  hasNext: boolean;
  pending: boolean;
  onEdit: (edit: SlotEdit, control: ItemControl | "add") => void;
}

const smallButton =
  "rounded border border-slate-400 px-2 py-0.5 text-sm hover:bg-slate-50 disabled:opacity-40 aria-disabled:opacity-60";

/** The ordered items of one slot, each with buttons to reorder, move to a neighbouring slot or remove. */
export function SlotItems({
  slotId,
  slotName,
  entries,
  items,
  itemsById,
  continuedLabel,
  hasPrevious,
  hasNext,
  pending,
  onEdit,
}: Props) {
  const t = useTranslations("scheduleAdmin");
  const [choice, setChoice] = useState("");
  const listed = new Set(entries.map((e) => e.itemId));
  const addable = items.filter((item) => !listed.has(item.id));

  // While a save is under way the buttons stay focusable (aria-disabled) so keyboard focus is not lost.
  const control = (itemId: string, name: ItemControl, label: string, edit: SlotEdit, enabled: boolean) => (
    <button
      id={itemControlId(slotId, itemId, name)}
      type="button"
      className={smallButton}
      disabled={!enabled}
      aria-disabled={pending || undefined}
      onClick={() => {
        if (!pending) onEdit(edit, name);
      }}
    >
      {label}
      <span className="sr-only">{`: ${t("item", { number: itemsById.get(itemId)?.number ?? "" })}`}</span>
    </button>
  );

  return (
    <div className="mt-2">
      {entries.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noItems")}</p>
      ) : (
        <ol aria-label={t("itemsOf", { slot: slotName })} className="divide-y divide-slate-200">
          {entries.map((entry, index) => {
            const item = itemsById.get(entry.itemId);
            const id = entry.itemId;
            return (
              <li key={id} id={itemRowId(slotId, id)} tabIndex={-1} className="flex gap-3 py-2">
                <span className="w-14 shrink-0 font-medium tabular-nums">{item?.number ?? "?"}</span>
                <div className="min-w-0 flex-1">
                  <p>
                    {item && <LocalizedText value={item.title} fallbackNotice={() => item.fallbackNotice ?? ""} />}
                    {entry.continued && <span className="text-slate-700">{continuedLabel}</span>}
                  </p>
                  <div className="mt-1 flex flex-wrap gap-1">
                    {control(id, "up", t("moveUp"), { kind: "move", slotId, itemId: id, delta: -1 }, index > 0)}
                    {control(
                      id,
                      "down",
                      t("moveDown"),
                      { kind: "move", slotId, itemId: id, delta: 1 },
                      index < entries.length - 1,
                    )}
                    {control(
                      id,
                      "previous",
                      t("movePrevious"),
                      { kind: "transfer", slotId, itemId: id, direction: -1 },
                      hasPrevious,
                    )}
                    {control(
                      id,
                      "next",
                      t("moveNext"),
                      { kind: "transfer", slotId, itemId: id, direction: 1 },
                      hasNext,
                    )}
                    {control(id, "remove", t("remove"), { kind: "remove", slotId, itemId: id }, true)}
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("noAgenda")}</p>
      ) : addable.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("allItemsAdded")}</p>
      ) : (
        <form
          className="mt-3 flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (!choice || pending) return;
            onEdit({ kind: "add", slotId, itemId: choice }, "add");
            setChoice("");
          }}
        >
          <div className="min-w-0 flex-1">
            <label htmlFor={addItemId(slotId)} className="block text-sm font-medium">
              {t("chooseItem")}
            </label>
            <select
              id={addItemId(slotId)}
              className={`${inputClass} mt-1`}
              value={choice}
              onChange={(e) => setChoice(e.target.value)}
            >
              <option value="">{t("choosePlaceholder")}</option>
              {addable.map((item) => (
                <option key={item.id} value={item.id}>
                  {`${"\u00a0\u00a0".repeat(item.depth)}${item.number} ${item.title?.text ?? ""}`}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={secondaryButtonClass} aria-disabled={pending || !choice || undefined}>
            {t("addItem")}
          </button>
        </form>
      )}
    </div>
  );
}
