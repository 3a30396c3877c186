import "server-only";
import type { Db } from "../db";
import { hashPassword } from "./password";
import { deadBefore, type SessionPolicy, TOUCH_INTERVAL_MS } from "./session-policy";
import type { Role } from "./types";

// No "server-only" here: scripts/user.ts and the seed scripts call these outside Next.js.
const normalize = (email: string) => email.trim().toLowerCase();

export const DEMO_PASSWORD = "plenary-demo";
export const DEMO_ACCOUNTS: Array<{ email: string; name: string; role: Role }> = [
  { email: "secretariat@plenary.test", name: "Demo Secretariat", role: "SECRETARIAT" },
  { email: "chair@plenary.test", name: "Demo Chair", role: "CHAIR" },
  { email: "delegate@plenary.test", name: "Demo Delegate", role: "DELEGATE" },
];

export async function createUser(db: Db, input: { email: string; name: string; role: Role; password?: string }) {
  return db.user.create({
    data: {
      email: normalize(input.email),
      name: input.name.trim(),
      role: input.role,
      passwordHash: input.password ? await hashPassword(input.password) : null,
    },
    select: { id: true, email: true, role: true },
  });
}

/** A new password ends every existing sign-in of the account, wherever it was made. */
export async function setPassword(db: Db, email: string, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  const [result] = await db.$transaction([
    db.user.updateMany({ where: { email: normalize(email) }, data: { passwordHash, version: { increment: 1 } } }),
    db.authSession.deleteMany({ where: { user: { email: normalize(email) } } }),
  ]);
  return result.count === 1;
}

/** A disabled account is refused on its next request anyway; deleting its sign-ins makes that explicit. */
export async function disableUser(db: Db, email: string, now = new Date()): Promise<boolean> {
  const [result] = await db.$transaction([
    db.user.updateMany({ where: { email: normalize(email), disabledAt: null }, data: { disabledAt: now } }),
    db.authSession.deleteMany({ where: { user: { email: normalize(email) } } }),
  ]);
  return result.count === 1;
}

/**
 * The three demo accounts with the published password, created when missing (a password changed since is
 * kept); the chair chairs the given sessions.
 */
export async function ensureDemoUsers(db: Db, chairedSessionIds: string[]): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const user = await db.user.upsert({
      where: { email: account.email },
      create: { ...account, passwordHash },
      update: {},
      select: { id: true },
    });
    if (account.role === "CHAIR") {
      for (const sessionId of chairedSessionIds) {
        await db.sessionChair.upsert({
          where: { sessionId_userId: { sessionId, userId: user.id } },
          create: { sessionId, userId: user.id },
          update: {},
        });
      }
    }
  }
}

/** Counted as a failure until `markSignInSucceeded` says otherwise (see beginSignInAttempt). */
export async function reserveSignInAttempt(
  db: Db,
  client: { email: string; address: string },
  now = new Date(),
): Promise<string> {
  const row = await db.signInAttempt.create({
    data: { email: normalize(client.email), address: client.address, succeeded: false, at: now },
    select: { id: true },
  });
  return row.id;
}

export async function forgetSignInAttempt(db: Db, attemptId: string): Promise<void> {
  await db.signInAttempt.deleteMany({ where: { id: attemptId } });
}

export async function markSignInSucceeded(db: Db, attemptId: string): Promise<void> {
  await db.signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
}

export async function pruneSignInAttempts(
  db: Db,
  before: { failuresBefore: Date; successesBefore: Date },
): Promise<number> {
  const result = await db.signInAttempt.deleteMany({
    where: {
      OR: [{ succeeded: false, at: { lt: before.failuresBefore } }, { at: { lt: before.successesBefore } }],
    },
  });
  return result.count;
}

/** Opens a sign-in and, while at it, deletes the rows of sign-ins that have ended, so the table stays small. */
export async function startAuthSession(
  db: Db,
  userId: string,
  policy: SessionPolicy,
  now = new Date(),
): Promise<string> {
  await db.authSession.deleteMany({ where: { lastSeenAt: { lt: deadBefore(now, policy) } } });
  const row = await db.authSession.create({
    data: { userId, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + policy.lifetimeMs) },
    select: { id: true },
  });
  return row.id;
}

/** Moves lastSeenAt at most once a minute: the idle timeout needs no finer clock, and most reads write nothing. */
export async function touchAuthSession(
  db: Db,
  sessionId: string,
  now = new Date(),
  intervalMs = TOUCH_INTERVAL_MS,
): Promise<void> {
  await db.authSession.updateMany({
    where: { id: sessionId, lastSeenAt: { lt: new Date(now.getTime() - intervalMs) } },
    data: { lastSeenAt: now },
  });
}

export async function revokeAuthSession(db: Db, sessionId: string): Promise<void> {
  await db.authSession.deleteMany({ where: { id: sessionId } });
}

/** "Sign out everywhere": every sign-in of the user, on every device, ends now. */
export async function revokeAllAuthSessions(db: Db, userId: string): Promise<number> {
  const result = await db.authSession.deleteMany({ where: { userId } });
  return result.count;
}
