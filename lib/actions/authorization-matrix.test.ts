import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor, Role } from "../auth/types";
import { disconnectDb, getDb } from "../db";
import { createTestActor, removeTestUsers } from "../testing/actors";
import { removeBodyWithEverything } from "../testing/cleanup";
import { registeredActions } from "./registry";

// The cookie is the only thing mocked: roles are still read from the real database by requireRole.
let signedIn: string | null = null;
vi.mock("../auth/session-user", () => ({
  sessionUser: async () => (signedIn ? { id: signedIn, version: null } : null),
}));
vi.mock("next/cache", () => ({ updateTag: vi.fn(), revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

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
  "revisions.issue": ["SECRETARIAT"],
  "sessions.assignChair": ["SECRETARIAT"],
  "sessions.removeChair": ["SECRETARIAT"],
  "bodies.setWorkingLanguages": ["SECRETARIAT"],
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
  "meeting.takeUp": ["CHAIR", "SECRETARIAT"],
  "meeting.setOutcome": ["CHAIR", "SECRETARIAT"],
  "meeting.reopen": ["CHAIR", "SECRETARIAT"],
  "meeting.adoptAgenda": ["CHAIR", "SECRETARIAT"],
  "meeting.suspend": ["CHAIR", "SECRETARIAT"],
  "meeting.resume": ["CHAIR", "SECRETARIAT"],
  "meeting.close": ["CHAIR", "SECRETARIAT"],
  "meeting.undo": ["CHAIR", "SECRETARIAT"],
};

/**
 * Actions on one session's record: a CHAIR passes the role check above, but may act only on a session they
 * chair. Each gets a valid input naming a session of this test, chaired by `chairOfThis` only.
 */
const SESSION_BOUND: Record<string, (ids: { sessionId: string; itemId: string; token: string }) => unknown> = {
  "meeting.takeUp": ({ sessionId, itemId }) => ({ sessionId, itemId }),
  "meeting.setOutcome": ({ sessionId, itemId }) => ({ sessionId, itemId, outcome: "CONCLUDED" }),
  "meeting.reopen": ({ sessionId, itemId }) => ({ sessionId, itemId }),
  "meeting.adoptAgenda": ({ sessionId }) => ({ sessionId, orallyAmended: false }),
  "meeting.suspend": ({ sessionId }) => ({ sessionId }),
  "meeting.resume": ({ sessionId }) => ({ sessionId }),
  "meeting.close": ({ sessionId }) => ({ sessionId }),
  "meeting.undo": ({ token }) => ({ token }),
};

const db = getDb();
const actors: Partial<Record<Role, Actor>> = {};
let chairOfThis: Actor;
let bodyId = "";
const bound = { sessionId: "", itemId: "", token: "" };

beforeAll(async () => {
  for (const role of ["SECRETARIAT", "CHAIR", "DELEGATE"] as const) actors[role] = await createTestActor(db, role);
  chairOfThis = await createTestActor(db, "CHAIR");
  const tag = randomUUID().slice(0, 8);
  bodyId = (await db.body.create({ data: { name: { en: `Matrix ${tag}` }, symbolPrefix: `MATRIX/${tag}` } })).id;
  const session = await db.session.create({
    data: {
      bodyId,
      ordinal: 1,
      slug: `matrix-${tag}`,
      title: { en: "Matrix" },
      venue: { en: "Vienna" },
      timeZone: "Europe/Vienna",
      startDate: new Date("2032-03-01"),
      endDate: new Date("2032-03-01"),
      originalLanguage: "en",
      status: "PROVISIONAL",
      chairs: { create: { userId: chairOfThis.id } },
      items: { create: { position: 1, title: { en: "Opening" } } },
    },
    select: { id: true, items: { select: { id: true } } },
  });
  // An action of the assigned chair, whose undo token the undo action is called with.
  const event = await db.auditEvent.create({
    data: {
      userId: chairOfThis.id,
      sessionId: session.id,
      entityType: "Session",
      entityId: session.id,
      action: "meeting.suspend",
    },
  });
  Object.assign(bound, { sessionId: session.id, itemId: session.items[0]?.id ?? "", token: event.id });
});

afterAll(async () => {
  await removeBodyWithEverything(db, bodyId);
  await removeTestUsers(db, [...Object.values(actors), chairOfThis]);
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

  for (const [name, input] of Object.entries(SESSION_BOUND)) {
    it(`${name} admits the chair of this session and refuses the chair of another session`, async () => {
      const policy = registeredActions().find((a) => a.name === name);
      signedIn = actors.CHAIR?.id ?? null;
      expect(await policy?.action(input(bound))).toEqual({ ok: false, error: { code: "forbidden" } });
      signedIn = chairOfThis.id;
      const result = (await policy?.action(input(bound))) as { ok: boolean; error?: { code: string } };
      expect(result.error?.code).not.toBe("forbidden");
      expect(result.error?.code).not.toBe("unauthenticated");
    });
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
