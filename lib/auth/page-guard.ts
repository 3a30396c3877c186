import "server-only";
import { getCurrentActor } from "./current-user";
import type { Actor, Role } from "./types";

/** For workspace pages: the actor when their role may see the page, else null (the layout explains why). */
export async function actorWithRole(roles: readonly Role[]): Promise<Actor | null> {
  const actor = await getCurrentActor();
  return actor && roles.includes(actor.role) ? actor : null;
}
