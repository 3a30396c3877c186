"use client";

import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useTranslations } from "next-intl";
import { fieldMessage, inputClass } from "@/components/workspace/form-controls";
import type { DraftRow, Move } from "@/lib/imports/draft-tree";
import type { DraftItemInput } from "@/lib/imports/schema";

interface Props {
  row: DraftRow;
  /** the moves that can be made from here */
  moves: Record<Move, boolean>;
  canAddSubItem: boolean;
  fieldError: (path: string) => string | undefined;
  onChange: (patch: Partial<DraftItemInput>) => void;
  onMove: (move: Move) => void;
  onAddSubItem: () => void;
  onRemove: () => void;
}

const INDENT = ["", "ms-8", "ms-16"];
const smallButton =
  "rounded border border-slate-300 px-2 py-0.5 text-sm text-slate-800 hover:bg-slate-50 disabled:opacity-40";

/** One item of the imported agenda: drag handle, its number by place, title, annotation, documents, actions. */
export function DraftItemRow({
  row,
  moves,
  canAddSubItem,
  fieldError,
  onChange,
  onMove,
  onAddSubItem,
  onRemove,
}: Props) {
  const t = useTranslations("admin.import");
  const te = useTranslations("errors.fields");
  const td = useTranslations("agendaEditor.dnd");
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: row.key,
    attributes: { roleDescription: td("roleDescription") },
  });
  const { item, number } = row;
  // Field errors name the item by its place in the tree the server validated: items.0.children.1.title.
  const here = `items.${row.path.join(".children.")}`;
  const id = `draft-item-${row.key}`;
  const titleError = fieldError(`${here}.title`);
  const move = (kind: Move, label: string) => (
    <button
      type="button"
      data-control={kind}
      className={smallButton}
      disabled={!moves[kind]}
      onClick={() => onMove(kind)}
    >
      {label}
    </button>
  );
  return (
    <li
      ref={setNodeRef}
      data-draft-item={row.key}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={`${INDENT[row.depth] ?? "ms-16"} rounded border p-3 ${isDragging ? "relative z-10 border-un bg-white shadow-lg" : "border-slate-300"}`}
    >
      <div className="flex items-start gap-2">
        <button
          ref={setActivatorNodeRef}
          type="button"
          data-control="handle"
          {...attributes}
          {...listeners}
          aria-label={t("dragItem", { number })}
          className="cursor-grab touch-none rounded px-1 text-lg leading-6 text-slate-500 hover:bg-slate-100 active:cursor-grabbing"
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <label htmlFor={`${id}-title`} className="pt-0.5 font-semibold">
          {t("itemTitle", { number })}
        </label>
      </div>
      <input
        id={`${id}-title`}
        className={`${inputClass} mt-1`}
        value={item.title}
        aria-invalid={titleError ? true : undefined}
        onChange={(e) => onChange({ title: e.target.value })}
      />
      {titleError && <p className="text-sm text-red-800">{fieldMessage(te, titleError)}</p>}
      <label htmlFor={`${id}-annotation`} className="mt-3 block text-sm font-medium">
        {t("annotation", { number })}
      </label>
      <textarea
        id={`${id}-annotation`}
        rows={Math.min(12, 2 + item.annotation.split("\n").length)}
        className={`${inputClass} mt-1 text-sm`}
        value={item.annotation}
        onChange={(e) => onChange({ annotation: e.target.value })}
      />
      {item.documents.length > 0 && (
        <div className="mt-3">
          <p className="text-sm font-medium">{t("documents", { number })}</p>
          <ul className="mt-1 space-y-1 text-sm">
            {item.documents.map((doc, d) => (
              <li key={doc.symbol} className="flex flex-wrap items-center gap-2">
                <span className="font-mono">{doc.symbol}</span>
                <span className="text-slate-700">{doc.title || doc.description}</span>
                <button
                  type="button"
                  className="text-red-800 underline"
                  onClick={() => onChange({ documents: item.documents.filter((_, i) => i !== d) })}
                >
                  {t("removeDocument", { symbol: doc.symbol })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div role="group" aria-label={t("itemActions", { number })} className="mt-3 flex flex-wrap gap-1">
        {move("up", t("moveUp", { number }))}
        {move("down", t("moveDown", { number }))}
        {move("demote", t("demote", { number }))}
        {move("promote", t("promote", { number }))}
        {canAddSubItem && (
          <button type="button" data-control="add-sub" className={smallButton} onClick={onAddSubItem}>
            {t("addSubItem", { number })}
          </button>
        )}
        <button
          type="button"
          data-control="remove"
          className={`${smallButton} border-red-300 text-red-800 hover:bg-red-50`}
          onClick={onRemove}
        >
          {t("removeItem", { number })}
        </button>
      </div>
    </li>
  );
}
