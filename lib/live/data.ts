import "server-only";
import type { Db } from "../db";
import type { SessionStatus } from "../generated/prisma/enums";
import type { LiveChange } from "../audit/live-change";

/** What deciding who may follow a session's stream needs: its status and its assigned chairs. */
export async function getStreamAccess(
  db: Db,
  sessionId: string,
): Promise<{ status: SessionStatus; chairIds: string[] } | null> {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: { status: true, chairs: { select: { userId: true } } },
  });
  return session ? { status: session.status, chairIds: session.chairs.map((chair) => chair.userId) } : null;
}

/** The sessions whose pages show a changed document or body, in one query. */
export async function getSessionsAffectedBy(
  db: Db,
  change: Extract<LiveChange, { kind: "document" } | { kind: "body" }>,
): Promise<string[]> {
  const where =
    change.kind === "body"
      ? { bodyId: change.bodyId }
      : { items: { some: { documents: { some: { documentId: change.documentId } } } } };
  const sessions = await db.session.findMany({ where, select: { id: true } });
  return sessions.map((session) => session.id);
}
