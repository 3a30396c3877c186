/**
 * How long a sign-in lasts. The absolute lifetime bounds a stolen cookie however busily it is used; the idle
 * timeout ends a sign-in left open on a shared conference-room computer. Thirty minutes is the upper end of
 * what OWASP recommends for applications of this risk, and it costs little: a save refused after a long pause
 * keeps the typed text in the form while its author signs in again.
 */
export interface SessionPolicy {
  lifetimeMs: number;
  idleMs: number;
}

export const DEFAULT_SESSION_HOURS = 8;
export const DEFAULT_SESSION_IDLE_MINUTES = 30;
/** lastSeenAt is written at most this often, so reading a page rarely costs a write. */
export const TOUCH_INTERVAL_MS = 60 * 1000;

/** A short idle timeout needs activity recorded more often than once a minute, or busy sign-ins would lapse. */
export function touchIntervalMs(policy: SessionPolicy): number {
  return Math.min(TOUCH_INTERVAL_MS, policy.idleMs / 4);
}

function positiveNumber(raw: string | undefined, fallback: number): number {
  const value = Number(raw);
  return raw !== undefined && raw.trim() !== "" && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** PLENARY_SESSION_HOURS and PLENARY_SESSION_IDLE_MINUTES; anything but a positive number keeps the default. */
export function readSessionPolicy(env: Record<string, string | undefined> = process.env): SessionPolicy {
  return {
    lifetimeMs: positiveNumber(env.PLENARY_SESSION_HOURS, DEFAULT_SESSION_HOURS) * 60 * 60 * 1000,
    idleMs: positiveNumber(env.PLENARY_SESSION_IDLE_MINUTES, DEFAULT_SESSION_IDLE_MINUTES) * 60 * 1000,
  };
}

export type SessionVerdict = "active" | "expired" | "idle";

export function sessionVerdict(
  row: { expiresAt: Date; lastSeenAt: Date },
  now: Date,
  policy: SessionPolicy,
): SessionVerdict {
  if (now.getTime() >= row.expiresAt.getTime()) return "expired";
  if (now.getTime() - row.lastSeenAt.getTime() >= policy.idleMs) return "idle";
  return "active";
}

/**
 * Rows last seen before this are dead by either rule (a row is never seen after its own expiry, and its
 * lifetime began no later than it was last seen), so pruning needs only the lastSeenAt index.
 */
export function deadBefore(now: Date, policy: SessionPolicy): Date {
  return new Date(now.getTime() - Math.min(policy.idleMs, policy.lifetimeMs));
}
