import "server-only";
import type { Db } from "../../db";
import { toLocalizedText } from "../../i18n/localized-text";
import { asLocale, type Locale } from "../../i18n/locales";
import { isoDay } from "../../validation/dates";
import type { ScheduleFacts } from "../warnings";
import type { EditorItem, EditorSlot } from "./view";

/** What the organization-of-work editor edits, drafts included, in one query. */

export interface ScheduleEditorData {
  sessionId: string;
  timeZone: string;
  startDate: string;
  endDate: string;
  originalLanguage: Locale;
  plenaryMeetings: number;
  items: EditorItem[];
  /** By date, start time and id: the order the programme of work prints them. */
  slots: EditorSlot[];
}

export async function getScheduleEditorData(db: Db, sessionId: string): Promise<ScheduleEditorData | null> {
  const row = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      timeZone: true,
      startDate: true,
      endDate: true,
      originalLanguage: true,
      plenaryMeetings: true,
      items: { select: { id: true, parentId: true, position: true, title: true } },
      slots: {
        orderBy: [{ date: "asc" }, { startMinutes: "asc" }, { id: "asc" }],
        select: {
          id: true,
          version: true,
          date: true,
          startMinutes: true,
          endMinutes: true,
          items: { orderBy: { position: "asc" }, select: { itemId: true } },
        },
      },
    },
  });
  if (!row) return null;
  return {
    sessionId: row.id,
    timeZone: row.timeZone,
    startDate: isoDay(row.startDate),
    endDate: isoDay(row.endDate),
    originalLanguage: asLocale(row.originalLanguage),
    plenaryMeetings: row.plenaryMeetings,
    items: row.items.map((item) => ({ ...item, title: toLocalizedText(item.title) })),
    slots: row.slots.map((slot) => ({
      id: slot.id,
      version: slot.version,
      date: isoDay(slot.date),
      startMinutes: slot.startMinutes,
      endMinutes: slot.endMinutes,
      itemIds: slot.items.map((entry) => entry.itemId),
    })),
  };
}

/** The same plan as the schedule warnings read it, without a second trip to the database. */
export function editorFacts(data: ScheduleEditorData): ScheduleFacts {
  return {
    startDate: data.startDate,
    endDate: data.endDate,
    plenaryMeetings: data.plenaryMeetings,
    items: data.items.map(({ id, parentId, position }) => ({ id, parentId, position })),
    slots: data.slots.map(({ id, date, startMinutes, endMinutes, itemIds }) => ({
      id,
      date,
      startMinutes,
      endMinutes,
      itemIds,
    })),
  };
}
