import type { Db } from "../db";
import { hashPassword } from "./password";
import type { Role } from "./types";

export const DEMO_PASSWORD = "plenary-demo";
export const DEMO_ACCOUNTS: Array<{ email: string; name: string; role: Role }> = [
  { email: "secretariat@plenary.test", name: "Demo Secretariat", role: "SECRETARIAT" },
  { email: "chair@plenary.test", name: "Demo Chair", role: "CHAIR" },
  { email: "delegate@plenary.test", name: "Demo Delegate", role: "DELEGATE" },
];

export async function createUser(db: Db, input: { email: string; name: string; role: Role; password?: string }) {
  return db.user.create({
    data: {
      email: input.email.trim().toLowerCase(),
      name: input.name.trim(),
      role: input.role,
      passwordHash: input.password ? await hashPassword(input.password) : null,
    },
    select: { id: true, email: true, role: true },
  });
}

export async function setPassword(db: Db, email: string, password: string): Promise<boolean> {
  const result = await db.user.updateMany({
    where: { email: email.trim().toLowerCase() },
    data: { passwordHash: await hashPassword(password), version: { increment: 1 } },
  });
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

/**
 * Records an attempt as failed before the password is even checked: a burst of parallel guesses then counts
 * itself, instead of all passing the limit before any is written. `markSignInSucceeded` corrects the record.
 */
export async function reserveSignInAttempt(db: Db, email: string): Promise<string> {
  const row = await db.signInAttempt.create({ data: { email: email.trim().toLowerCase(), succeeded: false }, select: { id: true } });
  return row.id;
}

export async function markSignInSucceeded(db: Db, attemptId: string): Promise<void> {
  await db.signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
  // The table only needs the last day; pruning on success keeps it small without a scheduler.
  await db.signInAttempt.deleteMany({ where: { at: { lt: new Date(Date.now() - 24 * 60 * 60 * 1000) } } });
}
