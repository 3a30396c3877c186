import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { liveChangeOf, notifyLiveChange } from "./live-notify";
import { noteWrittenChange } from "./written-changes";

type Tx = Prisma.TransactionClient;

export interface AuditEntry {
  actorId: string | null;
  sessionId: string | null;
  entityType: "Body" | "Session" | "AgendaItem" | "Document" | "TimeSlot" | "SessionNote" | "User";
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
  /** When it happened, if the change itself records that instant (the chair's actions); else the database's clock. */
  at?: Date;
}

// JSON columns take plain JSON: Dates become ISO strings, undefined disappears.
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}

/**

 * Written with the change, in the same transaction: there is no change without its history, nor history without
 * its change. Every audited write also tells the live pages (on commit only), so no write can forget to. Returns
 * the event's id (the chair's console offers it as the token to undo the action).
 */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<string> {
  const event = await tx.auditEvent.create({
    data: {
      at: entry.at,
      userId: entry.actorId,
      sessionId: entry.sessionId,
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
    select: { id: true },
  });
  const change = liveChangeOf(entry);
  if (change) {
    await notifyLiveChange(tx, change);
    noteWrittenChange(change);
  }
  return event.id;
}
