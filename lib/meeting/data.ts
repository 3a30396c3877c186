import "server-only";
import type { Db } from "../db";
import type { Prisma } from "../generated/prisma/client";

type Reader = Db | Prisma.TransactionClient;

// The meeting's state is read with the session it belongs to (sessions/data.ts); the console reads it from here.
export { getMeetingState } from "../sessions/data";

/** Whether this user chairs this session (SessionChair); the console's actions and page admit only them and the secretariat. */
export async function isSessionChair(db: Reader, sessionId: string, userId: string): Promise<boolean> {
  const row = await db.sessionChair.findUnique({
    where: { sessionId_userId: { sessionId, userId } },
    select: { userId: true },
  });
  return row !== null;
}

/** The session a console action (an audit event of the chair) belongs to, for authorising its undo. */
export async function sessionOfMeetingEvent(db: Reader, eventId: string): Promise<string | null> {
  const event = await db.auditEvent.findUnique({ where: { id: eventId }, select: { sessionId: true, action: true } });
  return event?.action.startsWith("meeting.") ? event.sessionId : null;
}

/** The session's items with their titles and places, for finding the item on which the agenda is adopted. */
export async function listItemTitles(db: Reader, sessionId: string) {
  return db.agendaItem.findMany({
    where: { sessionId },
    select: { id: true, parentId: true, position: true, title: true },
  });
}

/** The session a console address names, drafts included (its chair may open the console before publication). */
export async function getConsoleSessionRef(db: Reader, slug: string) {
  return db.session.findUnique({
    where: { slug },
    select: { id: true, status: true, title: true, originalLanguage: true, timeZone: true },
  });
}
