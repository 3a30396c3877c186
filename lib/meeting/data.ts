import "server-only";
import type { Db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { MeetingState } from "./types";

type Reader = Db | Prisma.TransactionClient;

const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

/** The meeting's state in one query, or null when there is no such session. */
export async function getMeetingState(db: Reader, sessionId: string): Promise<MeetingState | null> {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      status: true,
      meetingRevision: true,
      suspendedAt: true,
      agendaAdoptedAt: true,
      orallyAmended: true,
      adoptionNote: true,
      items: {
        select: { id: true, status: true, takenUpAt: true, concludedAt: true },
        orderBy: [{ parentId: "asc" }, { position: "asc" }],
      },
    },
  });
  if (!session) return null;
  const items = session.items.map((item) => ({
    id: item.id,
    status: item.status,
    takenUpAt: iso(item.takenUpAt),
    concludedAt: iso(item.concludedAt),
  }));
  return {
    sessionId: session.id,
    revision: session.meetingRevision,
    status: session.status,
    suspendedAt: iso(session.suspendedAt),
    agendaAdoptedAt: iso(session.agendaAdoptedAt),
    orallyAmended: session.orallyAmended,
    adoptionNote: session.adoptionNote,
    currentItemId: items.find((item) => item.status === "UNDER_CONSIDERATION")?.id ?? null,
    items,
  };
}

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
