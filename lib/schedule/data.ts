import "server-only";
import type { Db } from "../db";
import { isoDay } from "../validation/dates";
import type { ScheduleFacts } from "./warnings";

/** What the schedule warnings need about one session, in three small queries. */
export async function getScheduleFacts(db: Db, sessionId: string): Promise<ScheduleFacts | null> {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      startDate: true,
      endDate: true,
      plenaryMeetings: true,
      items: { select: { id: true, parentId: true, position: true } },
      slots: {
        select: {
          id: true,
          date: true,
          startMinutes: true,
          endMinutes: true,
          items: { orderBy: { position: "asc" }, select: { itemId: true } },
        },
      },
    },
  });
  if (!session) return null;
  return {
    startDate: isoDay(session.startDate),
    endDate: isoDay(session.endDate),
    plenaryMeetings: session.plenaryMeetings,
    items: session.items,
    slots: session.slots.map((slot) => ({
      id: slot.id,
      date: isoDay(slot.date),
      startMinutes: slot.startMinutes,
      endMinutes: slot.endMinutes,
      itemIds: slot.items.map((entry) => entry.itemId),
    })),
  };
}
