import "server-only";
import type { Db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { meetingSelect, meetingStateOf } from "../sessions/meeting-state";
import type { MeetingState } from "./types";

type Reader = Db | Prisma.TransactionClient;

/** The meeting's state in one query, or null when there is no such session. */
export async function getMeetingState(db: Reader, sessionId: string): Promise<MeetingState | null> {
  const row = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      ...meetingSelect,
      items: {
        select: { id: true, status: true, takenUpAt: true, concludedAt: true },
        orderBy: [{ parentId: "asc" }, { position: "asc" }],
      },
    },
  });
  return row ? meetingStateOf(row) : null;
}
