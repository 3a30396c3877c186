import "server-only";
import type { Db } from "../db";
import type { Actor } from "./types";

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findActiveUserByEmail(db: Db, email: string) {
  return db.user.findFirst({
    where: { email: normalizeEmail(email), disabledAt: null },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, version: true },
  });
}

/** The user's current role; null when the account no longer exists or was disabled. */
export async function getActor(db: Db, userId: string): Promise<Actor | null> {
  const user = await db.user.findFirst({
    where: { id: userId, disabledAt: null },
    select: { id: true, email: true, name: true, role: true },
  });
  return user;
}

/** A sign-in's row with what deciding whether it still holds needs. */
export async function findAuthSession(db: Db, sessionId: string) {
  return db.authSession.findUnique({
    where: { id: sessionId },
    select: { userId: true, expiresAt: true, lastSeenAt: true, user: { select: { disabledAt: true } } },
  });
}

export interface SignInHistory {
  /** Wrong passwords for this account from this address since its last success there. */
  pairFailures: number;
  pairLastFailureAt: Date | null;
  /** Wrong passwords from this address, for any account, within the window. */
  addressFailures: number;
  /** Wrong passwords for this account, from any address, within the window. */
  accountFailures: number;
  /** This address signed in to this account successfully not long ago. */
  knownAddress: boolean;
}

/** What throttling needs to know about earlier attempts, leaving out the attempt being checked. */
export async function signInHistory(
  db: Db,
  client: { email: string; address: string },
  exceptId: string,
  since: { pair: Date; window: Date; success: Date },
): Promise<SignInHistory> {
  const email = normalizeEmail(client.email);
  const { address } = client;
  const failed = { succeeded: false, id: { not: exceptId } };
  const lastSuccess = await db.signInAttempt.findFirst({
    where: { email, address, succeeded: true, at: { gte: since.success } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const pairSince = lastSuccess && lastSuccess.at > since.pair ? lastSuccess.at : since.pair;
  const [pair, addressFailures, accountFailures] = await Promise.all([
    db.signInAttempt.aggregate({
      where: { ...failed, email, address, at: { gt: pairSince } },
      _count: { _all: true },
      _max: { at: true },
    }),
    db.signInAttempt.count({ where: { ...failed, address, at: { gt: since.window } } }),
    db.signInAttempt.count({ where: { ...failed, email, at: { gt: since.window } } }),
  ]);
  return {
    pairFailures: pair._count._all,
    pairLastFailureAt: pair._max.at,
    addressFailures,
    accountFailures,
    knownAddress: lastSuccess !== null,
  };
}
