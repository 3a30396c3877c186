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
