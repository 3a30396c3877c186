import "server-only";
import type { Db } from "../db";
import type { Actor } from "./types";

export async function findActiveUserByEmail(db: Db, email: string) {
  return db.user.findFirst({
    where: { email: email.trim().toLowerCase(), disabledAt: null },
    select: { id: true, email: true, name: true, role: true, passwordHash: true },
  });
}

/** The user's current role; null when the account no longer exists or was disabled since the cookie was issued. */
export async function getActor(db: Db, userId: string): Promise<Actor | null> {
  return db.user.findFirst({
    where: { id: userId, disabledAt: null },
    select: { id: true, email: true, name: true, role: true },
  });
}

/** Failed sign-ins for this address since its last success, within the window. */
export async function recentFailedSignIns(db: Db, email: string, since: Date): Promise<number> {
  const normalized = email.trim().toLowerCase();
  const lastSuccess = await db.signInAttempt.findFirst({
    where: { email: normalized, succeeded: true, at: { gte: since } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  return db.signInAttempt.count({ where: { email: normalized, succeeded: false, at: { gt: lastSuccess?.at ?? since } } });
}
