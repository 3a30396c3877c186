import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor, Role } from "../auth/types";
import { disconnectDb, getDb } from "../db";
import { getPublicSession } from "../sessions/data";
import { createTestActor, removeTestUsers } from "../testing/actors";
import { removeBodyWithEverything } from "../testing/cleanup";
import { signedInAs } from "../testing/signed-in";
import { registeredActions } from "./registry";

/**
 * The security review's load: two secretariats saving at full speed while a chair and a delegate try the same
 * writes and readers load the public page, all at once on the pool. Every caller is recognised as who they
 * are, every refused write leaves nothing behind, and nothing fails as "internal". Run by `npm test` on the
 * database it was given and, when that is PostgreSQL, once more on the embedded one.
 */

// Each simulated request carries its own signed-in user, as concurrent requests in the server do.
const caller = new AsyncLocalStorage<string | null>();
vi.mock("../auth/session-user", () => ({ sessionUser: async () => signedInAs(caller.getStore() ?? null) }));
vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));
await import("../agenda/actions");

const db = getDb();
const tag = randomUUID().slice(0, 8);
const slug = `concurrent-${tag}`;
let bodyId = "";
let sessionId = "";
const actors: Actor[] = [];

beforeAll(async () => {
  for (const role of ["SECRETARIAT", "SECRETARIAT", "CHAIR", "DELEGATE"] satisfies Role[])
    actors.push(await createTestActor(db, role));
  bodyId = (await db.body.create({ data: { name: { en: `Concurrency ${tag}` }, symbolPrefix: `CONC/${tag}` } })).id;
  sessionId = (
    await db.session.create({
      data: {
        bodyId,
        ordinal: 1,
        slug,
        title: { en: "Concurrency" },
        venue: { en: "Vienna" },
        timeZone: "Europe/Vienna",
        startDate: new Date("2031-07-02"),
        endDate: new Date("2031-07-03"),
        originalLanguage: "en",
        status: "PROVISIONAL",
      },
    })
  ).id;
});

afterAll(async () => {
  await removeBodyWithEverything(db, bodyId);
  await removeTestUsers(db, actors);
  await disconnectDb();
});

const createItem = () => {
  const action = registeredActions().find((a) => a.name === "agenda.createItem")?.action;
  if (!action) throw new Error("agenda.createItem is not registered");
  return action;
};

describe("concurrent requests by several roles", () => {
  it("admit only the secretariat's writes, keep each caller's identity and answer every read with its own session", async () => {
    const outcomes: Array<{ role: Role; code: string }> = [];
    const readErrors: string[] = [];
    const rounds = 25;
    const work: Array<Promise<void>> = [];
    for (let round = 0; round < rounds; round++) {
      for (const actor of actors) {
        work.push(
          caller.run(actor.id, async () => {
            const result = (await createItem()({
              sessionId,
              parentId: null,
              title: `${actor.role} ${actor.id} ${round}`,
              annotation: "",
            })) as {
              ok: boolean;
              error?: { code: string };
            };
            outcomes.push({ role: actor.role, code: result.ok ? "ok" : (result.error?.code ?? "?") });
          }),
        );
      }
      work.push(
        caller.run(null, async () => {
          const page = await getPublicSession(db, slug, false);
          if (page?.slug !== slug) readErrors.push(`read ${round} got ${page?.slug ?? "nothing"}`);
        }),
      );
    }
    await Promise.all(work);

    expect(readErrors).toEqual([]);
    const byRole = (role: Role) => outcomes.filter((o) => o.role === role).map((o) => o.code);
    expect(byRole("SECRETARIAT")).toEqual(Array(rounds * 2).fill("ok"));
    expect(new Set(byRole("CHAIR"))).toEqual(new Set(["forbidden"]));
    expect(new Set(byRole("DELEGATE"))).toEqual(new Set(["forbidden"]));

    // What was written is exactly what the secretariats were told was written, each in its author's name.
    const items = await db.agendaItem.findMany({
      where: { sessionId },
      select: { id: true, title: true, position: true },
    });
    expect(items).toHaveLength(rounds * 2);
    expect(items.every((item) => JSON.stringify(item.title).includes("SECRETARIAT"))).toBe(true);
    expect(new Set(items.map((item) => item.position)).size).toBe(items.length);
    const audits = await db.auditEvent.findMany({
      where: { entityId: { in: items.map((item) => item.id) } },
      select: { userId: true, entityId: true },
    });
    expect(audits).toHaveLength(items.length);
    for (const audit of audits) {
      const item = items.find((i) => i.id === audit.entityId);
      expect(JSON.stringify(item?.title)).toContain(audit.userId ?? "no author");
    }
  }, 120_000);
});
