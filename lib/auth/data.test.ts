import { afterAll, describe, expect, it } from "vitest";
import { disconnectDb, getDb } from "../db";
import { createTestActor, removeTestUsers } from "../testing/actors";
import type { Actor } from "./types";
import { getActor } from "./data";
import { setPassword } from "./mutations";

const db = getDb();
const cleanup: Actor[] = [];

afterAll(async () => {
  await removeTestUsers(db, cleanup);
  await disconnectDb();
});

describe("getActor", () => {
  it("ends every sign-in of an account whose password was changed since", async () => {
    const actor = await createTestActor(db, "DELEGATE");
    cleanup.push(actor);
    const { version } = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { version: true } });
    expect(await getActor(db, actor.id, version)).toEqual(actor);
    await setPassword(db, actor.email, "a-brand-new-password");
    expect(await getActor(db, actor.id, version)).toBeNull();
    expect(await getActor(db, actor.id, version + 1)).toEqual(actor);
  });

  it("refuses a disabled account", async () => {
    const actor = await createTestActor(db, "SECRETARIAT");
    cleanup.push(actor);
    await db.user.update({ where: { id: actor.id }, data: { disabledAt: new Date() } });
    expect(await getActor(db, actor.id, null)).toBeNull();
  });
});
