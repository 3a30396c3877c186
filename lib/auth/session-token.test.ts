import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { disconnectDb, getDb } from "../db";
import { createTestActor, removeTestUsers } from "../testing/actors";
import {
  disableUser,
  revokeAllAuthSessions,
  revokeAuthSession,
  setPassword,
  startAuthSession,
  touchAuthSession,
} from "./mutations";
import type { SessionPolicy } from "./session-policy";
import { verifySessionToken } from "./session-token";
import type { Actor } from "./types";

const db = getDb();
const actors: Actor[] = [];
const policy: SessionPolicy = { lifetimeMs: 8 * 60 * 60 * 1000, idleMs: 30 * 60 * 1000 };
const MINUTE = 60 * 1000;

afterAll(async () => {
  await removeTestUsers(db, actors);
  await disconnectDb();
});

/** A user signed in at `start`, and a reader of their token at any time. */
async function signedIn(start = new Date()) {
  const actor = await createTestActor(db, "DELEGATE");
  actors.push(actor);
  const sid = await startAuthSession(db, actor.id, policy, start);
  const token = { uid: actor.id, sid };
  const at = (offsetMs: number) => verifySessionToken(db, token, policy, new Date(start.getTime() + offsetMs));
  return { actor, sid, token, at };
}

const lastSeen = async (sid: string) =>
  (await db.authSession.findUniqueOrThrow({ where: { id: sid }, select: { lastSeenAt: true } })).lastSeenAt.getTime();

describe("verifySessionToken", () => {
  it("accepts a fresh sign-in and refuses it once its row is revoked", async () => {
    const { actor, sid, at } = await signedIn();
    expect(await at(0)).toEqual({ uid: actor.id, sid });
    await revokeAuthSession(db, sid);
    expect(await at(0)).toBeNull();
  });

  it("ends at the absolute lifetime however busily it is used", async () => {
    const { at } = await signedIn();
    for (let minutes = 20; minutes < 8 * 60; minutes += 20) expect(await at(minutes * MINUTE)).not.toBeNull();
    expect(await at(8 * 60 * MINUTE - 1000)).not.toBeNull();
    expect(await at(8 * 60 * MINUTE)).toBeNull();
  });

  it("ends after the idle timeout without use, counted from the last use", async () => {
    const { at } = await signedIn();
    expect(await at(29 * MINUTE)).not.toBeNull();
    expect(await at(58 * MINUTE)).not.toBeNull();
    expect(await at(29 * MINUTE + 30 * MINUTE + 58 * MINUTE)).toBeNull();
  });

  it("keeps a busy sign-in alive under a one-minute idle timeout, recording use often enough", async () => {
    const actor = await createTestActor(db, "DELEGATE");
    actors.push(actor);
    const short: SessionPolicy = { lifetimeMs: 8 * 60 * MINUTE, idleMs: MINUTE };
    const start = new Date();
    const sid = await startAuthSession(db, actor.id, short, start);
    for (let seconds = 20; seconds <= 180; seconds += 20) {
      const when = new Date(start.getTime() + seconds * 1000);
      expect(await verifySessionToken(db, { uid: actor.id, sid }, short, when), `${seconds} s`).not.toBeNull();
    }
    // Then a minute without use ends it.
    expect(
      await verifySessionToken(db, { uid: actor.id, sid }, short, new Date(start.getTime() + 241 * 1000)),
    ).toBeNull();
  });

  it("writes lastSeenAt at most once a minute", async () => {
    const start = new Date();
    const { sid, at } = await signedIn(start);
    await at(30 * 1000);
    expect(await lastSeen(sid)).toBe(start.getTime());
    await at(2 * MINUTE);
    expect(await lastSeen(sid)).toBe(start.getTime() + 2 * MINUTE);
    await touchAuthSession(db, sid, new Date(start.getTime() + 2 * MINUTE + 59 * 1000));
    expect(await lastSeen(sid)).toBe(start.getTime() + 2 * MINUTE);
  });

  it("refuses every sign-in of the user after 'sign out everywhere', a new password or a disabled account", async () => {
    for (const end of [
      (actor: Actor) => revokeAllAuthSessions(db, actor.id),
      (actor: Actor) => setPassword(db, actor.email, "a-brand-new-password"),
      (actor: Actor) => disableUser(db, actor.email),
    ]) {
      const first = await signedIn();
      const second = await startAuthSession(db, first.actor.id, policy);
      expect(await first.at(0)).not.toBeNull();
      await end(first.actor);
      expect(await first.at(0)).toBeNull();
      expect(await verifySessionToken(db, { uid: first.actor.id, sid: second }, policy)).toBeNull();
    }
  });

  it("refuses a disabled account even while its row remains", async () => {
    const { actor, at } = await signedIn();
    await db.user.update({ where: { id: actor.id }, data: { disabledAt: new Date() } });
    expect(await at(0)).toBeNull();
  });

  it("refuses tokens without both claims, or naming another user's sign-in", async () => {
    const { actor, sid, at } = await signedIn();
    const other = await signedIn();
    expect(await at(0)).not.toBeNull();
    for (const token of [
      { uid: actor.id },
      { sid },
      { uid: actor.id, sid: "" },
      { uid: other.actor.id, sid },
      { uid: actor.id, sid: randomUUID() },
      null,
    ]) {
      expect(await verifySessionToken(db, token, policy)).toBeNull();
    }
  });

  it("deletes the rows of ended sign-ins when someone signs in", async () => {
    const { actor, sid } = await signedIn();
    const dead = await db.authSession.create({
      data: {
        userId: actor.id,
        createdAt: new Date(Date.now() - 9 * 60 * MINUTE),
        expiresAt: new Date(Date.now() - MINUTE),
        lastSeenAt: new Date(Date.now() - 31 * MINUTE),
      },
    });
    await startAuthSession(db, actor.id, policy);
    expect(await db.authSession.findUnique({ where: { id: dead.id } })).toBeNull();
    expect(await db.authSession.findUnique({ where: { id: sid } })).not.toBeNull();
  });
});
