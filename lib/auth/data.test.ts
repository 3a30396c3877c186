import { afterAll, describe, expect, it } from "vitest";
import { disconnectDb, getDb } from "../db";
import { createTestActor, removeTestUsers } from "../testing/actors";
import type { Actor } from "./types";
import { getActor } from "./data";

const db = getDb();
const cleanup: Actor[] = [];

afterAll(async () => {
  await removeTestUsers(db, cleanup);
  await disconnectDb();
});

describe("getActor", () => {
  it("reads the role the database holds now", async () => {
    const actor = await createTestActor(db, "SECRETARIAT");
    cleanup.push(actor);
    expect(await getActor(db, actor.id)).toEqual(actor);
    await db.user.update({ where: { id: actor.id }, data: { role: "DELEGATE" } });
    expect(await getActor(db, actor.id)).toEqual({ ...actor, role: "DELEGATE" });
  });

  it("refuses a disabled account", async () => {
    const actor = await createTestActor(db, "SECRETARIAT");
    cleanup.push(actor);
    await db.user.update({ where: { id: actor.id }, data: { disabledAt: new Date() } });
    expect(await getActor(db, actor.id)).toBeNull();
  });
});
