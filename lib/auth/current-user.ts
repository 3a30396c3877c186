import "server-only";
import { cache } from "react";
import { getDb } from "../db";
import { AppError } from "../errors";
import { getActor } from "./data";
import { sessionUser } from "./session-user";
import type { Actor, Role } from "./types";

/**
 * The signed-in person, with the role the database holds now; null for anonymous visitors. Read once per
 * request: the layouts and the page of one request all ask. Outside a render (server actions) nothing is kept.
 */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const user = await sessionUser();
  return user ? getActor(getDb(), user.id) : null;
});

/** Every server action and route handler starts here: who is asking, and may they? */
export async function requireRole(roles: readonly Role[]): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) throw new AppError("unauthenticated");
  if (!roles.includes(actor.role)) throw new AppError("forbidden");
  return actor;
}

/** Delegates, chairs and the secretariat may open documents of Restricted distribution. */
export function canSeeRestricted(actor: Actor | null): boolean {
  return actor !== null;
}
