import { randomUUID } from "node:crypto";
import type { Actor, Role } from "../auth/types";
import type { Db } from "../db";

/** Test users of each role, created in the real database and removed by `removeTestUsers`. */
export async function createTestActor(db: Db, role: Role): Promise<Actor> {
  const tag = randomUUID().slice(0, 8);
  return db.user.create({
    data: { email: `test-${role.toLowerCase()}-${tag}@plenary.test`, name: `Test ${role} ${tag}`, role },
    select: { id: true, email: true, name: true, role: true },
  });
}

export async function removeTestUsers(db: Db, actors: Array<Actor | null>): Promise<void> {
  const ids = actors.flatMap((actor) => (actor ? [actor.id] : []));
  await db.auditEvent.updateMany({ where: { userId: { in: ids } }, data: { userId: null } });
  await db.user.deleteMany({ where: { id: { in: ids } } });
}
