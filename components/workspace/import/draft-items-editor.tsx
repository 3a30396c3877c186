"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { AgendaDnd } from "@/components/workspace/agenda/agenda-dnd";
import { secondaryButtonClass } from "@/components/workspace/form-controls";
import { MAX_DEPTH } from "@/lib/agenda/reorder";
import { addItem, canMove, draftRows, dropItem, moveItem, type Move } from "@/lib/imports/draft-tree";
import type { DraftItemInput } from "@/lib/imports/schema";
import { DraftItemRow } from "./draft-item-row";

interface Props {
  items: DraftItemInput[];
  onChange: (items: DraftItemInput[]) => void;
  fieldError: (path: string) => string | undefined;
}

const MOVES: Move[] = ["up", "down", "promote", "demote"];

/** Where the focus goes once the list has re-rendered: a control of a row, or the title of a new item. */
type FocusRequest = { key: string; control: string };

/**
 * The imported agenda, editable where the text was misread: titles, annotations, documents, and the items
 * themselves (added, removed, reordered by dragging or with buttons, moved a level up or down). Numbers follow
 * the places, as the agenda will number them once the session is created.
 */
export function DraftItemsEditor({ items, onChange, fieldError }: Props) {
  const t = useTranslations("admin.import");
  const rows = draftRows(items);
  // A ref, not state: the request is read once the new list is on screen and needs no render of its own.
  const focus = useRef<FocusRequest | null>(null);
  const [status, setStatus] = useState("");
  const list = useRef<HTMLOListElement>(null);

  // Moving a row moves its DOM node, which drops the focus: it goes back to the control that was pressed.
  useEffect(() => {
    const request = focus.current;
    if (!request) return;
    focus.current = null;
    const row = list.current?.querySelector(`[data-draft-item="${CSS.escape(request.key)}"]`);
    const wanted = row?.querySelector<HTMLElement>(
      request.control === "title" ? "input" : `[data-control="${request.control}"]`,
    );
    (wanted && !(wanted as HTMLButtonElement).disabled
      ? wanted
      : row?.querySelector<HTMLElement>('[data-control="handle"]')
    )?.focus();
  }, [items]);

  const announce = (next: DraftItemInput[], key: string) => {
    const row = draftRows(next).find((r) => r.key === key);
    if (row) setStatus(t("moved", { title: row.item.title || t("untitled"), number: row.number }));
  };
  const change = (next: DraftItemInput[], request: FocusRequest | null) => {
    focus.current = request;
    onChange(next);
  };

  return (
    <div>
      <AgendaDnd
        ids={rows.map((r) => r.key)}
        numberOf={(key) => rows.find((r) => r.key === key)?.number ?? ""}
        titleOf={(key) => rows.find((r) => r.key === key)?.item.title ?? ""}
        onStart={() => setStatus("")}
        onDrop={(active, over) => {
          if (!over || over === active) return;
          const next = dropItem(items, active, over);
          change(next, { key: active, control: "handle" });
          announce(next, active);
        }}
        onCancel={() => undefined}
      >
        <ol ref={list} className="space-y-3">
          {rows.map((row) => (
            <DraftItemRow
              key={row.key}
              row={row}
              moves={Object.fromEntries(MOVES.map((m) => [m, canMove(items, row.path, m)])) as Record<Move, boolean>}
              canAddSubItem={row.depth < MAX_DEPTH}
              fieldError={fieldError}
              onChange={(patch) => {
                const update = (list: DraftItemInput[]): DraftItemInput[] =>
                  list.map((item) =>
                    item.key === row.key ? { ...item, ...patch } : { ...item, children: update(item.children) },
                  );
                onChange(update(items));
              }}
              onMove={(move) => {
                const next = moveItem(items, row.path, move);
                change(next, { key: row.key, control: move });
                announce(next, row.key);
              }}
              onAddSubItem={() => {
                const next = addItem(items, row.path);
                const added = draftRows(next).find((r) => !rows.some((old) => old.key === r.key));
                change(next, added ? { key: added.key, control: "title" } : null);
              }}
              onRemove={() => {
                const remove = (list: DraftItemInput[]): DraftItemInput[] =>
                  list
                    .filter((item) => item.key !== row.key)
                    .map((item) => ({ ...item, children: remove(item.children) }));
                onChange(remove(items));
              }}
            />
          ))}
        </ol>
      </AgendaDnd>
      <p role="status" className="sr-only">
        {status}
      </p>
      <button
        type="button"
        className={`${secondaryButtonClass} mt-3`}
        onClick={() => {
          const next = addItem(items, null);
          const added = draftRows(next).at(-1);
          change(next, added ? { key: added.key, control: "title" } : null);
        }}
      >
        {t("addItem")}
      </button>
    </div>
  );
}
