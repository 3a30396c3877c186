import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor, Role } from "../auth/types";
import { disconnectDb, getDb } from "../db";
import { createTestActor, removeTestUsers } from "../testing/actors";
import { registeredActions } from "./registry";

// The cookie is the only thing mocked: roles are still read from the real database by requireRole.
let signedIn: string | null = null;
vi.mock("../auth/session-user", () => ({
  sessionUser: async () => (signedIn ? { id: signedIn, version: null } : null),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

// Every server action in the code base, found by file name, so a new one is never left out of this matrix.
import.meta.glob("../**/actions.ts", { eager: true });

/** Who may call what. A new action fails this test until it is added here. */
const EXPECTED: Record<string, readonly Role[]> = {
  "sessions.create": ["SECRETARIAT"],
  "sessions.update": ["SECRETARIAT"],
  "sessions.delete": ["SECRETARIAT"],
  "sessions.duplicate": ["SECRETARIAT"],
  "sessions.publish": ["SECRETARIAT"],
  "sessions.unpublish": ["SECRETARIAT"],
  "sessions.assignChair": ["SECRETARIAT"],
  "sessions.removeChair": ["SECRETARIAT"],
  "imports.preview": ["SECRETARIAT"],
  "imports.create": ["SECRETARIAT"],
  "schedule.addDay": ["SECRETARIAT"],
  "schedule.createSlot": ["SECRETARIAT"],
  "schedule.updateSlot": ["SECRETARIAT"],
  "schedule.deleteSlot": ["SECRETARIAT"],
  "schedule.setSlotItems": ["SECRETARIAT"],
  "agenda.createItem": ["SECRETARIAT"],
  "agenda.updateItem": ["SECRETARIAT"],
  "agenda.deleteItem": ["SECRETARIAT"],
  "agenda.moveItem": ["SECRETARIAT"],
  "translations.set": ["SECRETARIAT"],
  "documents.create": ["SECRETARIAT"],
  "documents.update": ["SECRETARIAT"],
  "documents.delete": ["SECRETARIAT"],
  "documents.attach": ["SECRETARIAT"],
  "documents.detach": ["SECRETARIAT"],
};

const db = getDb();
const actors: Partial<Record<Role, Actor>> = {};

beforeAll(async () => {
  for (const role of ["SECRETARIAT", "CHAIR", "DELEGATE"] as const) actors[role] = await createTestActor(db, role);
});

afterAll(async () => {
  await removeTestUsers(db, Object.values(actors));
  await disconnectDb();
});

describe("authorisation matrix", () => {
  it("lists every registered action, and only those", () => {
    expect(
      registeredActions()
        .map((a) => a.name)
        .sort(),
    ).toEqual(Object.keys(EXPECTED).sort());
  });

  const callers = ["anonymous", "DELEGATE", "CHAIR", "SECRETARIAT"] as const;
  for (const [name, allowed] of Object.entries(EXPECTED)) {
    for (const caller of callers) {
      const mayCall = caller !== "anonymous" && allowed.includes(caller);
      it(`${name} ${mayCall ? "admits" : "refuses"} ${caller}`, async () => {
        const policy = registeredActions().find((a) => a.name === name);
        expect(policy, `${name} is not registered`).toBeDefined();
        signedIn = caller === "anonymous" ? null : (actors[caller]?.id ?? null);
        // An empty input: allowed callers get past authorisation and stop at validation, nothing is written.
        const result = (await policy?.action({})) as { ok: boolean; error?: { code: string } };
        if (mayCall) {
          expect(result.error?.code).not.toBe("forbidden");
          expect(result.error?.code).not.toBe("unauthenticated");
        } else {
          expect(result).toEqual({
            ok: false,
            error: { code: caller === "anonymous" ? "unauthenticated" : "forbidden" },
          });
        }
      });
    }
  }

  it("a disabled account is refused even with a valid cookie", async () => {
    const secretariat = await createTestActor(db, "SECRETARIAT");
    await db.user.update({ where: { id: secretariat.id }, data: { disabledAt: new Date() } });
    signedIn = secretariat.id;
    const create = registeredActions().find((a) => a.name === "sessions.create");
    expect(await create?.action({})).toEqual({ ok: false, error: { code: "unauthenticated" } });
    await removeTestUsers(db, [secretariat]);
  });
});
