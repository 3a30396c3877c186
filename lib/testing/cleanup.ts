import type { Db } from "../db";

/**
 * Removes a test body and everything under it: its sessions (with their items and slots), its documents, and
 * the history written about any of them. Integration tests give each file a body of its own and call this last.
 */
export async function removeBodyWithEverything(db: Db, bodyId: string): Promise<void> {
  const sessions = await db.session.findMany({ where: { bodyId }, select: { id: true } });
  const documents = await db.document.findMany({ where: { bodyId }, select: { id: true } });
  const sessionIds = sessions.map((s) => s.id);
  await db.auditEvent.deleteMany({
    where: {
      OR: [
        { sessionId: { in: sessionIds } },
        { entityId: { in: [bodyId, ...sessionIds, ...documents.map((d) => d.id)] } },
      ],
    },
  });
  await db.session.deleteMany({ where: { bodyId } });
  await db.document.deleteMany({ where: { bodyId } });
  await db.body.deleteMany({ where: { id: bodyId } });
}
