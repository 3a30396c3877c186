import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Actor } from "../auth/types";
import { disconnectDb, getDb } from "../db";
import { AppError } from "../errors";
import { createTestActor, removeTestUsers } from "../testing/actors";
import { noteWrittenChange } from "../audit/written-changes";
import { pageCacheStore } from "../cache/page-cache-handler.mjs";
import { defineAction } from "./define-action";

let signedIn: string | null = null;
vi.mock("../auth/session-user", () => ({
  sessionUser: async () => (signedIn ? { id: signedIn, version: null } : null),
}));
const updateTag = vi.fn();
vi.mock("next/cache", () => ({ updateTag: (...args: unknown[]) => updateTag(...args) }));

const db = getDb();
let actor: Actor;
beforeAll(async () => {
  actor = await createTestActor(db, "SECRETARIAT");
  signedIn = actor.id;
});
afterAll(async () => {
  await removeTestUsers(db, [actor]);
  await disconnectDb();
});

const schema = z.object({ title: z.string().min(1, { error: "required" }) });
const failing = (error: unknown) =>
  defineAction({
    name: `test.${Math.random()}`,
    roles: ["SECRETARIAT"],
    schema,
    run: async () => {
      throw error;
    },
  });

describe("defineAction", () => {
  it("puts validation errors next to their fields and writes nothing", async () => {
    const run = vi.fn();
    const action = defineAction({ name: "test.validate", roles: ["SECRETARIAT"], schema, run });
    expect(await action({ title: "" })).toEqual({
      ok: false,
      error: { code: "validation", fields: { title: "required" } },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("asks the record-level check after validation, and runs nothing when it refuses", async () => {
    const run = vi.fn();
    const authorize = vi.fn(async (input: { title: string }) => {
      if (input.title !== "mine") throw new AppError("forbidden");
    });
    const action = defineAction({ name: `test.${Math.random()}`, roles: ["SECRETARIAT"], schema, authorize, run });
    expect(await action({ title: "" })).toMatchObject({ ok: false, error: { code: "validation" } });
    expect(authorize).not.toHaveBeenCalled();
    expect(await action({ title: "theirs" })).toEqual({ ok: false, error: { code: "forbidden" } });
    expect(run).not.toHaveBeenCalled();
    await action({ title: "mine" });
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("says how long a text may be when it is too long, and keeps other keys as they are", async () => {
    const limited = z.object({
      title: z.string().max(5, { error: "tooLong" }),
      items: z.array(z.string()).max(1, { error: "tooLong" }),
      note: z.string().superRefine((value, ctx) => {
        if (value.length > 3) ctx.addIssue({ code: "custom", message: "tooLong", params: { max: 3 } });
      }),
    });
    const action = defineAction({ name: "test.limits", roles: ["SECRETARIAT"], schema: limited, run: async () => 1 });
    const result = await action({ title: "abcdef", items: ["a", "b"], note: "abcd" });
    expect(result).toEqual({
      ok: false,
      error: { code: "validation", fields: { title: "tooLong:5", items: "tooLong", note: "tooLong:3" } },
    });
  });

  it("refreshes pages after a successful write, and not after a read-only action", async () => {
    updateTag.mockClear();
    await defineAction({ name: "test.write", roles: ["SECRETARIAT"], schema, run: async () => 1 })({ title: "x" });
    expect(updateTag).toHaveBeenCalledTimes(1);
    await defineAction({ name: "test.read", roles: ["SECRETARIAT"], schema, readOnly: true, run: async () => 1 })({
      title: "x",
    });
    expect(updateTag).toHaveBeenCalledTimes(1);
  });

  it("expires, before it returns, exactly the cached pages showing what it wrote", async () => {
    const store = pageCacheStore();
    store.set("/en/sessions/one", {
      kind: "APP_PAGE",
      html: "old",
      headers: { "x-next-cache-tags": "plenary:session:s1" },
    });
    store.set("/en/sessions/two", {
      kind: "APP_PAGE",
      html: "old",
      headers: { "x-next-cache-tags": "plenary:session:s2" },
    });
    await new Promise((resolve) => setTimeout(resolve, 2));
    await defineAction({
      name: "test.audited",
      roles: ["SECRETARIAT"],
      schema,
      run: async () => noteWrittenChange({ kind: "content", sessionId: "s1" }),
    })({ title: "x" });
    expect(store.get("/en/sessions/one")).toBeNull();
    expect(store.get("/en/sessions/two")).not.toBeNull();
  });

  it("reports a save that lost a race as a conflict, and a database failure without its message", async () => {
    expect(await failing({ code: "P2025", message: "No record was found for an update." })({ title: "x" })).toEqual({
      ok: false,
      error: { code: "conflict" },
    });
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(await failing(new Error('relation "Session" violates check constraint'))({ title: "x" })).toEqual({
      ok: false,
      error: { code: "internal" },
    });
    log.mockRestore();
    expect(await failing(new AppError("invalid-state", { details: { reason: "published" } }))({ title: "x" })).toEqual({
      ok: false,
      error: { code: "invalid-state", details: { reason: "published" }, fields: undefined },
    });
  });

  it("tells the user to try again, not that something broke, when the database was too busy to start the write", async () => {
    for (const busy of [
      { code: "P2028", message: "Unable to start a transaction in the given time." },
      new Error("timeout exceeded when trying to connect"),
    ]) {
      expect(await failing(busy)({ title: "x" })).toEqual({ ok: false, error: { code: "unavailable" } });
    }
  });
});
