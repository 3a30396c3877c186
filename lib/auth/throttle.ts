import "server-only";
import { CredentialsSignin } from "next-auth";
import type { Db } from "../db";
import { signInHistory } from "./data";
import { forgetSignInAttempt, pruneSignInAttempts, reserveSignInAttempt } from "./mutations";

/**
 * Sign-in throttling, counted in the database so it holds across app instances:
 * - per account and client address: 5 wrong passwords are free, then each further guess waits 2^(n-4) s after
 *   the last one (2 s, 4 s, … capped at 15 min), until a success from that address; the owner is slowed, never
 *   shut out for longer than the cap, and an attacker elsewhere does not slow the owner's address at all;
 * - per client address across accounts: 50 wrong passwords in 15 min (password spraying);
 * - per account across addresses: 100 wrong passwords in 15 min, a backstop against guessing from many
 *   addresses; it spares addresses that signed in to the account within 30 days, so the owner keeps a way in.
 */
export const THROTTLE = {
  freeFailures: 5,
  maxDelaySeconds: 15 * 60,
  pairMemoryMs: 24 * 60 * 60 * 1000,
  addressLimit: 50,
  accountLimit: 100,
  windowMs: 15 * 60 * 1000,
  successMemoryMs: 30 * 24 * 60 * 60 * 1000,
  pruneEveryMs: 5 * 60 * 1000,
} as const;

export class TooManySignInAttempts extends CredentialsSignin {
  code = "too-many-attempts";
  /** How long to wait before the next attempt may be checked, for the message. */
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super();
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The wait after the n-th consecutive wrong password for one account from one address. */
export function delaySeconds(failures: number): number {
  if (failures < THROTTLE.freeFailures) return 0;
  return Math.min(2 ** (failures - THROTTLE.freeFailures + 1), THROTTLE.maxDelaySeconds);
}

export interface SignInClient {
  email: string;
  address: string;
}

/**
 * Records the attempt as a failure first and only then counts: a burst of parallel guesses counts itself
 * instead of all passing before any is written. A refused attempt is forgotten again, so waiting is what
 * ends a wait, and retrying early costs nothing. Returns the attempt's id for `markSignInSucceeded`.
 */
export async function beginSignInAttempt(db: Db, client: SignInClient, now = new Date()): Promise<string> {
  await pruneIfDue(db, now);
  const id = await reserveSignInAttempt(db, client, now);
  const wait = await requiredWaitSeconds(db, client, id, now);
  if (wait > 0) {
    await forgetSignInAttempt(db, id);
    throw new TooManySignInAttempts(wait);
  }
  return id;
}

async function requiredWaitSeconds(db: Db, client: SignInClient, exceptId: string, now: Date): Promise<number> {
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const history = await signInHistory(db, client, exceptId, {
    pair: ago(THROTTLE.pairMemoryMs),
    window: ago(THROTTLE.windowMs),
    success: ago(THROTTLE.successMemoryMs),
  });
  const windowSeconds = THROTTLE.windowMs / 1000;
  if (history.addressFailures >= THROTTLE.addressLimit) return windowSeconds;
  if (history.accountFailures >= THROTTLE.accountLimit && !history.knownAddress) return windowSeconds;
  const delay = delaySeconds(history.pairFailures);
  if (delay === 0 || !history.pairLastFailureAt) return 0;
  const remaining = history.pairLastFailureAt.getTime() + delay * 1000 - now.getTime();
  return remaining > 0 ? Math.ceil(remaining / 1000) : 0;
}

const pruneSchedule = { nextAt: 0 };

/** Old attempts are deleted at most every few minutes per app instance, so the table stays about a day long. */
export async function pruneIfDue(db: Db, now = new Date(), schedule = pruneSchedule): Promise<boolean> {
  if (now.getTime() < schedule.nextAt) return false;
  schedule.nextAt = now.getTime() + THROTTLE.pruneEveryMs;
  await pruneSignInAttempts(db, {
    failuresBefore: new Date(now.getTime() - THROTTLE.pairMemoryMs),
    successesBefore: new Date(now.getTime() - THROTTLE.successMemoryMs),
  });
  return true;
}
