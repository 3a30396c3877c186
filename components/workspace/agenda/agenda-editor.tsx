"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import type { EditorItem } from "@/lib/agenda/data";
import { numberItems, orderedItems } from "@/lib/agenda/numbering";
import {
  applyDelete,
  dropTarget,
  indentTarget,
  MAX_DEPTH,
  moveDownTarget,
  moveUpTarget,
  outdentTarget,
  siblingsOf,
  subtreeIds,
  type MoveTarget,
} from "@/lib/agenda/reorder";
import type { Locale } from "@/lib/i18n/locales";
import { AgendaDnd } from "./agenda-dnd";
import { AgendaRow, type PanelKind, type RowControl } from "./agenda-row";
import { DeleteItemPanel } from "./delete-item-panel";
import { ItemEditor } from "./item-editor";
import { NewItemForm } from "./new-item-form";
import { useAgendaMoves } from "./use-agenda-moves";

interface Props {
  sessionId: string;
  locale: Locale;
  originalLanguage: Locale;
  languageName: string;
  items: EditorItem[];
  symbolLinks: Array<[string, string]>;
}

/** Where the focus goes after a change; `meanwhile` holds it while the row it wants is still on its way from the server. */
type FocusRequest = { id: string; control: string; meanwhile?: { id: string; control: string } };

/** The open panel of one row, with the item's version when it was opened: what the editor's save is based on. */
type Panel = { kind: PanelKind; id: string; version: number };

export function AgendaEditor({
  sessionId,
  locale,
  originalLanguage,
  languageName,
  items: fromServer,
  symbolLinks,
}: Props) {
  const t = useTranslations("agendaEditor");
  const [items, setItems] = useState(fromServer);
  // Every action revalidates the page; the fresh list from the server replaces the local (optimistic) one.
  const [synced, setSynced] = useState(fromServer);
  if (fromServer !== synced) {
    setSynced(fromServer);
    setItems(fromServer);
  }
  const [panel, setPanel] = useState<Panel | null>(null);
  const [status, setStatus] = useState("");
  const [activeId, setActiveId] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  const titleOf = (item: EditorItem | undefined) => item?.title[originalLanguage] ?? "";
  const moves = useAgendaMoves({ items, setItems, locale, titleOf, announce: setStatus });
  const numbered = useMemo(() => orderedItems(items, locale), [items, locale]);
  const byId = useMemo(() => new Map(numbered.map((item) => [item.id, item])), [numbered]);
  // While an item is dragged its sub-items travel with it, so they leave the list until it is dropped.
  const hidden = useMemo(() => (activeId ? subtreeIds(items, activeId) : new Set<string>()), [items, activeId]);
  const visible = numbered.filter((item) => item.id === activeId || !hidden.has(item.id));

  // Reordering moves DOM nodes, which drops the focus; it goes back to the control the user pressed.
  useEffect(() => {
    if (!focusRequest) return;
    const focusIn = (target: { id: string; control: string }) => {
      const row = document.querySelector(`[data-item-id="${CSS.escape(target.id)}"]`);
      const wanted = row?.querySelector<HTMLButtonElement>(`[data-control="${target.control}"]`);
      (wanted && !wanted.disabled ? wanted : row?.querySelector<HTMLElement>('[data-control="handle"]'))?.focus();
      return Boolean(row);
    };
    // The request is done once its row is in the DOM again; clearing it here is the point of the effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (focusIn(focusRequest)) setFocusRequest(null);
    else if (focusRequest.meanwhile) focusIn(focusRequest.meanwhile);
  }, [focusRequest, items]);

  async function move(id: string, target: MoveTarget, control: RowControl) {
    const before = items.find((item) => item.id === id)?.version;
    setFocusRequest({ id, control });
    const version = await moves.move(id, target);
    // The editor of this item keeps up with the user's own move, but not with anybody else's changes.
    if (version !== null)
      setPanel((open) => (open && open.id === id && open.version === before ? { ...open, version } : open));
  }

  function drop(active: string, over: string | null) {
    setActiveId(null);
    if (!over) return;
    const target = dropTarget(items, active, over);
    if (target === null) return;
    if (typeof target === "string") moves.refuse(target);
    else void move(active, target, "handle");
  }

  function open(kind: PanelKind, item: EditorItem) {
    if (panel?.id === item.id && panel.kind === kind) return close();
    setPanel({ kind, id: item.id, version: item.version });
  }

  function close() {
    if (panel) setFocusRequest({ id: panel.id, control: panel.kind });
    setPanel(null);
  }

  function added(id: string, title: string, parentId: string | null) {
    const placed = [...items, { id, parentId, position: siblingsOf(items, parentId).length + 1 }];
    setStatus(t("status.added", { title, number: numberItems(placed, locale).get(id)?.number ?? "" }));
    if (parentId) {
      setPanel(null);
      setFocusRequest({ id, control: "edit", meanwhile: { id: parentId, control: "add" } });
    }
  }

  function renderPanel(item: (typeof numbered)[number]) {
    if (panel?.id !== item.id) return null;
    if (panel.kind === "edit") {
      return (
        <ItemEditor
          item={item}
          version={panel.version}
          number={item.number}
          originalLanguage={originalLanguage}
          languageName={languageName}
          symbolLinks={symbolLinks}
          onCancel={close}
          onSaved={(saved) => {
            setItems((list) => list.map((other) => (other.id === item.id ? { ...other, ...saved } : other)));
            setStatus(t("status.saved", { number: item.number }));
            close();
          }}
        />
      );
    }
    if (panel.kind === "add") {
      return (
        <NewItemForm
          sessionId={sessionId}
          parentId={item.id}
          heading={t("form.newSubItemHeading", { number: item.number })}
          titleLabel={t("form.newSubItemTitle")}
          submitLabel={t("form.addSub")}
          originalLanguage={originalLanguage}
          onAdded={(id, title) => added(id, title, item.id)}
          onCancel={close}
        />
      );
    }
    const gone = subtreeIds(items, item.id);
    const within = items.filter((other) => gone.has(other.id));
    const impact = {
      subItems: gone.size - 1,
      documents: within.reduce((sum, other) => sum + other.documentCount, 0),
      slots: within.reduce((sum, other) => sum + other.slotCount, 0),
    };
    return (
      <DeleteItemPanel
        id={item.id}
        version={item.version}
        number={item.number}
        title={titleOf(item)}
        impact={impact}
        onCancel={close}
        onDeleted={() => {
          setItems((list) => applyDelete(list, item.id));
          setPanel(null);
          setStatus(t("status.deleted", { number: item.number }));
          listHeading.current?.focus();
        }}
      />
    );
  }

  return (
    <div className="mt-6 space-y-6">
      <section aria-labelledby="agenda-list-heading" className="space-y-3">
        <h2 id="agenda-list-heading" ref={listHeading} tabIndex={-1} className="text-xl font-semibold">
          {t("listLabel")}
        </h2>
        <p role="status" aria-live="polite" className="min-h-5 text-sm text-emerald-800">
          {status}
        </p>
        {moves.error && (
          <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-900">
            {moves.error}
          </p>
        )}
        {numbered.length === 0 ? (
          <p className="text-slate-600">{t("empty")}</p>
        ) : (
          <AgendaDnd
            ids={visible.map((item) => item.id)}
            numberOf={(id) => byId.get(id)?.number ?? ""}
            titleOf={(id) => titleOf(byId.get(id))}
            onStart={setActiveId}
            onDrop={drop}
            onCancel={() => setActiveId(null)}
          >
            <ol aria-labelledby="agenda-list-heading" className="space-y-2">
              {visible.map((item) => (
                <AgendaRow
                  key={item.id}
                  item={item}
                  originalLanguage={originalLanguage}
                  languageName={languageName}
                  targets={{
                    up: moveUpTarget(items, item.id),
                    down: moveDownTarget(items, item.id),
                    indent: indentTarget(items, item.id),
                    outdent: outdentTarget(items, item.id),
                  }}
                  canAddSubItem={item.depth < MAX_DEPTH}
                  busy={moves.pending}
                  openPanel={panel?.id === item.id ? panel.kind : null}
                  panel={renderPanel(item)}
                  onMove={(control, target) => void move(item.id, target, control)}
                  onOpen={(kind) => open(kind, item)}
                />
              ))}
            </ol>
          </AgendaDnd>
        )}
      </section>
      <section className="max-w-xl rounded border border-slate-300 p-4">
        <NewItemForm
          sessionId={sessionId}
          parentId={null}
          heading={t("form.newItemHeading")}
          titleLabel={t("form.title")}
          submitLabel={t("form.add")}
          originalLanguage={originalLanguage}
          onAdded={(id, title) => added(id, title, null)}
        />
      </section>
    </div>
  );
}
