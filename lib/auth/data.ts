import "server-only";
import type { Db } from "../db";
import type { Actor } from "./types";

export async function findActiveUserByEmail(db: Db, email: string) {
  return db.user.findFirst({
    where: { email: email.trim().toLowerCase(), disabledAt: null },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, version: true },
  });
}

/**
 * The user's current role; null when the account no longer exists, was disabled, or had its password changed
 * since the cookie was issued (the cookie carries the account's version then).
 */
export async function getActor(db: Db, userId: string, version: number | null): Promise<Actor | null> {
  const user = await db.user.findFirst({
    where: { id: userId, disabledAt: null },
    select: { id: true, email: true, name: true, role: true, version: true },
  });
  if (!user || (version !== null && user.version !== version)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
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
