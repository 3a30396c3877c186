import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { liveChangeOf, notifyLiveChange } from "../live/notify";

type Tx = Prisma.TransactionClient;

export interface AuditEntry {
  actorId: string | null;
  sessionId: string | null;
  entityType: "Body" | "Session" | "AgendaItem" | "Document" | "TimeSlot" | "SessionNote" | "User";
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
}

// JSON columns take plain JSON: Dates become ISO strings, undefined disappears.
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}

/**
 * Written with the change, in the same transaction: there is no change without its history, nor history without its change.
 * Every audited write also tells the live pages (on commit only), so no write can forget to.
 */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      userId: entry.actorId,
      sessionId: entry.sessionId,
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
  const change = liveChangeOf(entry);
  if (change) await notifyLiveChange(tx, change);
}
