"use client";

import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
} from "@dnd-kit/core";
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { useTranslations } from "next-intl";
import { useRef, type ReactNode } from "react";

interface Props {
  /** Ids of the rows in display order. */
  ids: string[];
  numberOf: (id: string) => string;
  titleOf: (id: string) => string;
  onStart: (id: string) => void;
  onDrop: (activeId: string, overId: string | null) => void;
  onCancel: () => void;
  children: ReactNode;
}

/**
 * Drag and drop for the agenda list, by pointer and by keyboard (Space to pick up, arrows, Space to drop),
 * with dnd-kit's screen-reader instructions and announcements in the user's language.
 */
export function AgendaDnd({ ids, numberOf, titleOf, onStart, onDrop, onCancel, children }: Props) {
  const t = useTranslations("agendaEditor.dnd");
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click on the handle stays a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const describe = (id: string | number) => ({ number: numberOf(String(id)), title: titleOf(String(id)) });
  // A drag starts over its own place; saying "back in its place" then would drown out "picked up".
  const leftOrigin = useRef(false);
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      leftOrigin.current = false;
      return t("start", describe(active.id));
    },
    onDragOver: ({ active, over }) => {
      if (!over) return t("notOver", describe(active.id));
      if (over.id === active.id)
        return leftOrigin.current ? t("overOriginal", describe(active.id)) : t("start", describe(active.id));
      leftOrigin.current = true;
      return t("over", { ...describe(active.id), over: numberOf(String(over.id)) });
    },
    onDragEnd: ({ active, over }) =>
      over && over.id !== active.id
        ? t("end", { ...describe(active.id), over: numberOf(String(over.id)) })
        : t("endNowhere", describe(active.id)),
    onDragCancel: ({ active }) => t("cancel", describe(active.id)),
  };
  return (
    <DndContext
      id="agenda-dnd"
      sensors={sensors}
      collisionDetection={closestCenter}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t("instructions") } }}
      onDragStart={(event) => onStart(String(event.active.id))}
      onDragEnd={(event) => onDrop(String(event.active.id), event.over ? String(event.over.id) : null)}
      onDragCancel={onCancel}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        {children}
      </SortableContext>
    </DndContext>
  );
}
