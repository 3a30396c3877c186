import "server-only";
import type { Db } from "../db";
import { findAuthSession } from "./data";
import { touchAuthSession } from "./mutations";
import { type SessionPolicy, sessionVerdict, touchIntervalMs } from "./session-policy";

/** What the signed cookie must carry: the user and the server-side sign-in row. */
export interface SessionClaims {
  uid: string;
  sid: string;
}

/** A token without both claims (one issued before sign-ins had rows, or forged without them) is refused. */
export function sessionClaims(token: Record<string, unknown> | null | undefined): SessionClaims | null {
  const uid = token?.uid;
  const sid = token?.sid;
  return typeof uid === "string" && uid && typeof sid === "string" && sid ? { uid, sid } : null;
}

/**
 * Whether a decoded token still stands for a sign-in: its row exists (signing out deletes it), belongs to
 * the token's user, is within its absolute lifetime and was used within the idle timeout, and the account
 * is not disabled. Database errors propagate: "could not check" must never read as "signed in".
 */
export async function verifySessionToken(
  db: Db,
  token: Record<string, unknown> | null | undefined,
  policy: SessionPolicy,
  now = new Date(),
): Promise<SessionClaims | null> {
  const claims = sessionClaims(token);
  if (!claims) return null;
  const row = await findAuthSession(db, claims.sid);
  if (!row || row.userId !== claims.uid || row.user.disabledAt) return null;
  if (sessionVerdict(row, now, policy) !== "active") return null;
  const interval = touchIntervalMs(policy);
  if (now.getTime() - row.lastSeenAt.getTime() >= interval) await touchAuthSession(db, claims.sid, now, interval);
  return claims;
}
