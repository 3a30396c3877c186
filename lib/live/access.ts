import type { Actor } from "../auth/types";
import type { SessionStatus } from "../generated/prisma/enums";

/**
 * Who may follow a session live. A published session is public; a draft only for the secretariat and the
 * chairs assigned to it. Anyone else learns nothing, not even that the draft exists (404).
 */
export function mayFollowSession(
  session: { status: SessionStatus; chairIds: readonly string[] },
  actor: Pick<Actor, "id" | "role"> | null,
): boolean {
  if (session.status !== "DRAFT") return true;
  if (actor?.role === "SECRETARIAT") return true;
  return actor?.role === "CHAIR" && session.chairIds.includes(actor.id);
}

// Session ids are cuids; anything else is answered 404 without a query.
const SESSION_ID = /^[a-z0-9]{20,40}$/i;

export function isSessionId(value: string): boolean {
  return SESSION_ID.test(value);
}
