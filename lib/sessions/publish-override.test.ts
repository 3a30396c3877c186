import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "../auth/types";
import { disconnectDb, getDb } from "../db";
import { createTestActor, removeTestUsers } from "../testing/actors";
import { signedInAs } from "../testing/signed-in";
import { publishSessionAction } from "./actions";

// Only the cookie is mocked: the role comes from the real database.
let signedIn: string | null = null;
vi.mock("../auth/session-user", () => ({ sessionUser: async () => signedInAs(signedIn) }));
vi.mock("next/cache", () => ({ updateTag: vi.fn(), revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const db = getDb();
const tag = randomUUID().slice(0, 6).toUpperCase();
let actor: Actor;
let bodyId: string;
let sessionId: string;

beforeAll(async () => {
  actor = await createTestActor(db, "SECRETARIAT");
  signedIn = actor.id;
  bodyId = (await db.body.create({ data: { name: { en: "Body" }, symbolPrefix: `TST/PO.${tag}` } })).id;
  // An item in no slot: a warning that blocks publication until overridden.
  const session = await db.session.create({
    data: {
      bodyId,
      ordinal: 1,
      slug: `override-${tag.toLowerCase()}`,
      title: { en: "First meeting" },
      venue: { en: "Vienna" },
      timeZone: "Europe/Vienna",
      startDate: new Date("2034-01-10"),
      endDate: new Date("2034-01-11"),
      originalLanguage: "en",
      items: { create: [{ position: 1, title: { en: "Opening" } }] },
    },
  });
  sessionId = session.id;
});

afterAll(async () => {
  await db.auditEvent.deleteMany({ where: { sessionId } });
  await db.session.deleteMany({ where: { bodyId } });
  await db.body.delete({ where: { id: bodyId } });
  await removeTestUsers(db, [actor]);
  await disconnectDb();
});

describe("publishing over warnings", () => {
  it("is blocked by the warnings, then by a missing reason, and the reason is kept in the history", async () => {
    const first = await publishSessionAction({ id: sessionId, version: 1 });
    expect(first).toMatchObject({ ok: false, error: { code: "invalid-state" } });
    expect(!first.ok && first.error.details?.warnings).toEqual([expect.objectContaining({ code: "item-unscheduled" })]);

    const noReason = await publishSessionAction({
      id: sessionId,
      version: 1,
      confirmedWarnings: true,
      overrideReason: "  ",
    });
    expect(noReason).toMatchObject({
      ok: false,
      error: { code: "validation", fields: { overrideReason: "required" } },
    });
    expect((await db.session.findUniqueOrThrow({ where: { id: sessionId } })).status).toBe("DRAFT");

    const published = await publishSessionAction({
      id: sessionId,
      version: 1,
      confirmedWarnings: true,
      overrideReason: "The Bureau will schedule the opening on the first morning.",
    });
    expect(published.ok).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: sessionId, action: "status:PROVISIONAL" },
    });
    expect(audit.userId).toBe(actor.id);
    expect(audit.after).toMatchObject({
      status: "PROVISIONAL",
      overrideReason: "The Bureau will schedule the opening on the first morning.",
      overriddenWarnings: ["item-unscheduled"],
    });
  });
});
