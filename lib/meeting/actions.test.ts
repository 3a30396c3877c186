import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "../auth/types";
import { disconnectDb, getDb } from "../db";
import { createTestActor, removeTestUsers } from "../testing/actors";
import { removeBodyWithEverything } from "../testing/cleanup";
import { suspendAction, takeUpAction, undoAction } from "./actions";

// The cookie is the only thing mocked: roles and chair assignments are read from the real database.
let signedIn: string | null = null;
vi.mock("../auth/session-user", () => ({
  sessionUser: async () => (signedIn ? { id: signedIn, version: null } : null),
}));
vi.mock("next/cache", () => ({ updateTag: vi.fn(), revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const db = getDb();
const tag = randomUUID().slice(0, 8);
let bodyId = "";
let people: Record<"chair" | "otherChair" | "secretariat" | "delegate", Actor>;

beforeAll(async () => {
  people = {
    chair: await createTestActor(db, "CHAIR"),
    otherChair: await createTestActor(db, "CHAIR"),
    secretariat: await createTestActor(db, "SECRETARIAT"),
    delegate: await createTestActor(db, "DELEGATE"),
  };
  bodyId = (await db.body.create({ data: { name: { en: `Console ${tag}` }, symbolPrefix: `CONSOLE/${tag}` } })).id;
});

afterAll(async () => {
  await removeBodyWithEverything(db, bodyId);
  await removeTestUsers(db, Object.values(people));
  await disconnectDb();
});

let ordinal = 0;
async function chairedSession() {
  ordinal++;
  return db.session.create({
    data: {
      bodyId,
      ordinal,
      slug: `console-${tag}-${ordinal}`,
      title: { en: "Console" },
      venue: { en: "Vienna" },
      timeZone: "Europe/Vienna",
      startDate: new Date("2032-03-01"),
      endDate: new Date("2032-03-01"),
      originalLanguage: "en",
      status: "PROVISIONAL",
      chairs: { create: { userId: people.chair.id } },
      items: { create: [{ position: 1, title: { en: "Opening" } }] },
    },
    select: { id: true, items: { select: { id: true } } },
  });
}

const as = (who: keyof typeof people | "anonymous") => {
  signedIn = who === "anonymous" ? null : people[who].id;
};

describe("the console's actions by who calls them", () => {
  it("the assigned chair and the secretariat conduct; another chair, a delegate and the anonymous cannot", async () => {
    const session = await chairedSession();
    const input = { sessionId: session.id, itemId: session.items[0]?.id };
    for (const [who, code] of [
      ["anonymous", "unauthenticated"],
      ["delegate", "forbidden"],
      ["otherChair", "forbidden"],
    ] as const) {
      as(who);
      expect(await takeUpAction(input)).toEqual({ ok: false, error: { code } });
    }
    expect(await db.auditEvent.count({ where: { sessionId: session.id } })).toBe(0);

    as("chair");
    const taken = await takeUpAction(input);
    expect(taken).toMatchObject({ ok: true, data: { state: { currentItemId: input.itemId, revision: 1 } } });
    as("secretariat");
    expect(await suspendAction({ sessionId: session.id })).toMatchObject({ ok: true });
  });

  it("only who acted, or the secretariat, may undo; a refusal says why", async () => {
    const session = await chairedSession();
    as("chair");
    const result = await suspendAction({ sessionId: session.id });
    if (!result.ok) throw new Error(result.error.code);
    as("otherChair");
    expect(await undoAction({ token: result.data.undoToken })).toEqual({ ok: false, error: { code: "forbidden" } });
    as("chair");
    expect(await suspendAction({ sessionId: session.id })).toEqual({
      ok: false,
      error: { code: "invalid-state", details: { reason: "suspended" } },
    });
    expect(await undoAction({ token: result.data.undoToken })).toMatchObject({
      ok: true,
      data: { state: { suspendedAt: null, revision: 2 } },
    });
  });
});
