"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { itemStatusTone, StatusBadge } from "@/components/ui/status-badge";
import type { ConsoleItem } from "@/lib/meeting/console-plan";
import type { MeetingState } from "@/lib/meeting/types";

interface Props {
  items: ConsoleItem[];
  state: MeetingState;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

const optionId = (id: string) => `console-item-${id}`;

/** The agenda as a list to choose from: arrow keys (anywhere on the console) or a tap move the selection. */
export function AgendaPanel({ items, state, selectedId, onSelect }: Props) {
  const t = useTranslations("console");
  const ts = useTranslations("session");
  const list = useRef<HTMLUListElement>(null);
  const status = new Map(state.items.map((item) => [item.id, item.status]));

  useEffect(() => {
    if (selectedId) document.getElementById(optionId(selectedId))?.scrollIntoView({ block: "nearest" });
  }, [selectedId]);

  return (
    <section aria-labelledby="console-agenda" className="lg:row-span-2">
      <h2 id="console-agenda" className="text-xl font-semibold">
        {t("agendaHeading")}
      </h2>
      <p id="console-agenda-hint" className="mt-1 text-slate-700">
        {t("agendaHint")}
      </p>
      <ul
        ref={list}
        id="console-agenda-list"
        role="listbox"
        tabIndex={0}
        aria-labelledby="console-agenda"
        aria-describedby="console-agenda-hint"
        aria-activedescendant={selectedId ? optionId(selectedId) : undefined}
        aria-keyshortcuts="ArrowUp ArrowDown"
        className="mt-3 flex max-h-[70vh] flex-col gap-1 overflow-y-auto rounded border border-slate-300 p-1 focus:outline-none focus-visible:ring-4 focus-visible:ring-sky-600"
      >
        {items.map((item) => {
          const selected = item.id === selectedId;
          const itemStatus = status.get(item.id) ?? "PENDING";
          return (
            <li
              key={item.id}
              id={optionId(item.id)}
              role="option"
              aria-selected={selected}
              onClick={() => {
                onSelect(item.id);
                list.current?.focus();
              }}
              style={{ paddingInlineStart: `${0.75 + (item.depth - 1) * 1.5}rem` }}
              className={`flex cursor-pointer items-start gap-3 rounded py-2 pe-3 text-lg ${
                selected ? "bg-sky-100 outline outline-2 outline-sky-700" : "hover:bg-slate-50"
              } ${itemStatus === "UNDER_CONSIDERATION" ? "font-semibold" : ""}`}
            >
              <span className="min-w-12 shrink-0 font-mono">{item.number}</span>
              <span className="flex-1" lang={item.title?.lang}>
                <bdi>{item.title?.text ?? t("untitled")}</bdi>
              </span>
              <StatusBadge label={ts(`itemStatus.${itemStatus}`)} tone={itemStatusTone(itemStatus)} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
