import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { encodeLiveChange, LIVE_CHANNEL, MEETING_ACTION_PREFIX, type LiveChange } from "./live-change";

/**
 * Tells every app instance what a write changed. pg_notify inside the write's transaction is delivered on
 * COMMIT and discarded on ROLLBACK, so no page refreshes for a change that did not happen.
 */
export async function notifyLiveChange(tx: Prisma.TransactionClient, change: LiveChange): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${encodeLiveChange(change)})`;
}

/** What a page must learn from an audited write, or null when no live page shows it. */
export function liveChangeOf(entry: {
  action: string;
  entityType: string;
  entityId: string;
  sessionId: string | null;
}): LiveChange | null {
  if (entry.action.startsWith(MEETING_ACTION_PREFIX) && entry.sessionId)
    return { kind: "meeting", sessionId: entry.sessionId };
  if (entry.entityType === "Document" && !entry.sessionId) return { kind: "document", documentId: entry.entityId };
  if (entry.entityType === "Body") return { kind: "body", bodyId: entry.entityId };
  if (entry.sessionId) return { kind: "content", sessionId: entry.sessionId };
  return null;
}
