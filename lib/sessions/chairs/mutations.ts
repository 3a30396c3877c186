import "server-only";
import { recordAudit } from "../../audit/mutations";
import type { Actor } from "../../auth/types";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import type { Prisma } from "../../generated/prisma/client";
import type { ChairRef } from "./schema";

type Tx = Prisma.TransactionClient;

/** How the history shows the person: both, because two people may share a name. */
function chairLabel(user: { name: string; email: string }): string {
  return `${user.name} <${user.email}>`;
}

async function assertSessionExists(tx: Tx, sessionId: string): Promise<void> {
  const session = await tx.session.findUnique({ where: { id: sessionId }, select: { id: true } });
  if (!session) throw new AppError("not-found");
}

/**
 * Makes a CHAIR account a chair of the session. Assigning someone who already chairs it changes nothing and
 * writes no history, so a double click or two secretaries at once leave one row and one event. The account
 * row is read FOR SHARE: a demotion or a disabling committed at the same moment either comes first (and this
 * is refused) or waits until the assignment is written.
 */
export async function assignChair(db: Db, actor: Actor, ref: ChairRef): Promise<{ assigned: boolean }> {
  return db.$transaction(async (tx) => {
    await assertSessionExists(tx, ref.sessionId);
    const users = await tx.$queryRaw<Array<{ name: string; email: string; role: string; disabledAt: Date | null }>>`
      SELECT "name", "email", "role", "disabledAt" FROM "User" WHERE "id" = ${ref.userId} FOR SHARE`;
    const user = users[0];
    if (!user || user.role !== "CHAIR" || user.disabledAt !== null)
      throw new AppError("validation", { fields: { userId: "notAChair" } });
    const { count } = await tx.sessionChair.createMany({
      data: [{ sessionId: ref.sessionId, userId: ref.userId }],
      skipDuplicates: true,
    });
    if (count === 0) return { assigned: false };
    await recordAudit(tx, {
      actorId: actor.id,
      sessionId: ref.sessionId,
      entityType: "Session",
      entityId: ref.sessionId,
      action: "chair.assign",
      after: { chair: chairLabel(user) },
    });
    return { assigned: true };
  });
}

/** Ends a chair's assignment; removing someone who no longer chairs the session changes nothing. */
export async function removeChair(db: Db, actor: Actor, ref: ChairRef): Promise<{ removed: boolean }> {
  return db.$transaction(async (tx) => {
    await assertSessionExists(tx, ref.sessionId);
    const user = await tx.user.findUnique({ where: { id: ref.userId }, select: { name: true, email: true } });
    const { count } = await tx.sessionChair.deleteMany({ where: { sessionId: ref.sessionId, userId: ref.userId } });
    if (count === 0 || !user) return { removed: false };
    await recordAudit(tx, {
      actorId: actor.id,
      sessionId: ref.sessionId,
      entityType: "Session",
      entityId: ref.sessionId,
      action: "chair.remove",
      before: { chair: chairLabel(user) },
    });
    return { removed: true };
  });
}
