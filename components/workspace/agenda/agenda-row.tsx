"use client";

import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { EditorItem } from "@/lib/agenda/data";
import type { NumberedItem } from "@/lib/agenda/numbering";
import type { MoveTarget } from "@/lib/agenda/reorder";
import { textDirection, type Locale } from "@/lib/i18n/locales";

export type RowControl = "up" | "down" | "indent" | "outdent" | "handle";
export type PanelKind = "edit" | "add" | "delete";

interface Props {
  item: NumberedItem<EditorItem>;
  originalLanguage: Locale;
  languageName: string;
  targets: Record<Exclude<RowControl, "handle">, MoveTarget | null>;
  canAddSubItem: boolean;
  /** A move is being saved: dragging waits for it (the buttons stay focusable; the editor ignores presses meanwhile). */
  busy: boolean;
  /** The open panel of this row (editor, new sub-item, delete confirmation), shown under it. */
  panel: ReactNode;
  openPanel: PanelKind | null;
  onMove: (control: Exclude<RowControl, "handle">, target: MoveTarget) => void;
  onOpen: (kind: PanelKind) => void;
}

const INDENT = ["", "ps-8", "ps-16"];
const smallButton =
  "rounded border border-slate-300 px-2 py-0.5 text-sm text-slate-800 hover:bg-slate-50 disabled:opacity-40 aria-expanded:bg-slate-100";

/** One agenda item in the flat, numbered list: drag handle, number, title, and its keyboard-usable actions. */
export function AgendaRow({
  item,
  originalLanguage,
  languageName,
  targets,
  canAddSubItem,
  busy,
  panel,
  openPanel,
  onMove,
  onOpen,
}: Props) {
  const t = useTranslations("agendaEditor");
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
    disabled: busy,
    attributes: { roleDescription: t("dnd.roleDescription") },
  });
  const title = item.title[originalLanguage];
  const itemRef = <span className="sr-only"> {t("itemRef", { number: item.number })}</span>;
  const meta = [
    item.documentCount > 0 ? t("documentCount", { count: item.documentCount }) : null,
    item.slotCount > 0 ? t("slotCount", { count: item.slotCount }) : null,
    item.annotation[originalLanguage] ? t("hasAnnotation") : null,
  ].filter(Boolean);

  const moveButton = (control: Exclude<RowControl, "handle">, label: string) => {
    const target = targets[control];
    return (
      <button
        type="button"
        data-control={control}
        className={smallButton}
        disabled={!target}
        onClick={() => target && onMove(control, target)}
      >
        {label}
        {itemRef}
      </button>
    );
  };
  const panelButton = (kind: PanelKind, label: string, className = smallButton) => (
    <button
      type="button"
      data-control={kind}
      className={className}
      aria-expanded={openPanel === kind}
      onClick={() => onOpen(kind)}
    >
      {label}
      {itemRef}
    </button>
  );

  return (
    <li
      ref={setNodeRef}
      data-item-id={item.id}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={`${INDENT[item.depth] ?? "ps-16"} ${isDragging ? "relative z-10 opacity-80" : ""}`}
    >
      <div className={`rounded border bg-white p-2 ${isDragging ? "border-un shadow-lg" : "border-slate-300"}`}>
        <div className="flex items-start gap-2">
          <button
            ref={setActivatorNodeRef}
            type="button"
            data-control="handle"
            {...attributes}
            {...listeners}
            aria-label={t("dragHandle", { number: item.number })}
            className="cursor-grab touch-none rounded px-1 text-lg leading-6 text-slate-500 hover:bg-slate-100 active:cursor-grabbing disabled:cursor-not-allowed"
          >
            <span aria-hidden="true">⠿</span>
          </button>
          <span className="min-w-12 font-semibold leading-6 tabular-nums">{item.label}</span>
          <div className="min-w-0 flex-1 leading-6">
            <p
              id={`agenda-item-${item.id}-title`}
              lang={originalLanguage}
              dir={textDirection(originalLanguage)}
              className="break-words"
            >
              {title ?? <span className="italic text-slate-500">{t("noTitle", { language: languageName })}</span>}
            </p>
            {meta.length > 0 && <p className="text-xs text-slate-600">{meta.join(" · ")}</p>}
          </div>
        </div>
        <div
          role="group"
          aria-label={t("itemActions", { number: item.number })}
          className="mt-2 flex flex-wrap gap-1 ps-20"
        >
          {panelButton("edit", t("edit"))}
          {canAddSubItem && panelButton("add", t("addSubItem"))}
          {moveButton("up", t("moveUp"))}
          {moveButton("down", t("moveDown"))}
          {moveButton("indent", t("indent"))}
          {moveButton("outdent", t("outdent"))}
          {panelButton("delete", t("delete"), `${smallButton} border-red-300 text-red-800 hover:bg-red-50`)}
        </div>
      </div>
      {panel}
    </li>
  );
}
