import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "../auth/types";
import { disconnectDb, getDb } from "../db";
import { createTestActor, removeTestUsers } from "../testing/actors";
import { signedInAs } from "../testing/signed-in";
import { loadEditableSession, loadSessionOverview, loadWorkspaceSessions } from "./loaders";
import { createSession } from "./mutations";
import { sessionFieldsSchema } from "./schema";

let signedIn: string | null = null;
vi.mock("../auth/session-user", () => ({ sessionUser: async () => signedInAs(signedIn) }));
// The page asked for, as proxy.ts tells the loaders; null when the proxy did not run.
let requestedPath: string | null = null;
vi.mock("next/headers", () => ({
  headers: async () => new Headers(requestedPath ? { "x-plenary-path": requestedPath } : {}),
}));
// Next.js stops a render by throwing; so do these, with what was asked for.
vi.mock("next/navigation", () => ({
  redirect: (url: string): never => {
    throw new Error(`redirect ${url}`);
  },
  forbidden: (): never => {
    throw new Error("forbidden");
  },
  notFound: (): never => {
    throw new Error("not found");
  },
}));

const db = getDb();
const prefix = `TST/LD.${randomUUID().slice(0, 6).toUpperCase()}`;
const actors: Record<"SECRETARIAT" | "CHAIR" | "DELEGATE", Actor | null> = {
  SECRETARIAT: null,
  CHAIR: null,
  DELEGATE: null,
};
let sessionId = "";

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "loaded",
    (error: unknown) => (error as Error).message,
  );

beforeAll(async () => {
  for (const role of ["SECRETARIAT", "CHAIR", "DELEGATE"] as const) actors[role] = await createTestActor(db, role);
  const session = sessionFieldsSchema.parse({
    ordinal: 1,
    title: "First meeting",
    venue: "Vienna",
    timeZone: "Europe/Vienna",
    startDate: "2032-05-03",
    endDate: "2032-05-04",
    originalLanguage: "en",
    plenaryMeetings: 2,
    interpretationLanguages: ["en"],
    agendaSymbol: "",
  });
  const body = {
    kind: "new" as const,
    body: { name: "Loader test group", symbolPrefix: prefix, parentId: null, sessionTerm: "MEETING" as const },
  };
  ({ id: sessionId } = await createSession(db, actors.SECRETARIAT!, { body, session }));
});

afterAll(async () => {
  const bodies = await db.body.findMany({ where: { symbolPrefix: prefix }, select: { id: true } });
  const ids = bodies.map((b) => b.id);
  await db.auditEvent.deleteMany({ where: { OR: [{ sessionId }, { entityId: { in: [...ids, sessionId] } }] } });
  await db.session.deleteMany({ where: { bodyId: { in: ids } } });
  await db.body.deleteMany({ where: { id: { in: ids } } });
  await removeTestUsers(db, Object.values(actors));
  await disconnectDb();
});

describe("workspace loaders", () => {
  it("send anonymous visitors to sign in, in their language", async () => {
    signedIn = null;
    expect(await failure(loadEditableSession("fr", sessionId))).toBe(
      `redirect /fr/sign-in?next=${encodeURIComponent("/fr/admin")}`,
    );
    expect(await failure(loadWorkspaceSessions("en"))).toMatch(/^redirect \/en\/sign-in/);
  });

  it("bring anonymous visitors back to the very page they asked for, never to another site", async () => {
    signedIn = null;
    requestedPath = `/fr/admin/sessions/${sessionId}/history?page=2`;
    expect(await failure(loadEditableSession("fr", sessionId))).toBe(
      `redirect /fr/sign-in?next=${encodeURIComponent(requestedPath)}`,
    );
    requestedPath = "//evil.example/fr/admin";
    expect(await failure(loadEditableSession("fr", sessionId))).toBe(
      `redirect /fr/sign-in?next=${encodeURIComponent("/fr/admin")}`,
    );
    requestedPath = null;
  });

  it.each(["CHAIR", "DELEGATE"] as const)("refuse a %s before reading anything", async (role) => {
    signedIn = actors[role]!.id;
    expect(await failure(loadEditableSession("en", sessionId))).toBe("forbidden");
    expect(await failure(loadSessionOverview("en", sessionId))).toBe("forbidden");
    expect(await failure(loadWorkspaceSessions("en"))).toBe("forbidden");
  });

  it("answer 404 for an address no session has, and the session for the secretariat", async () => {
    signedIn = actors.SECRETARIAT!.id;
    expect(await failure(loadEditableSession("en", "no such id!"))).toBe("not found");
    expect(await failure(loadEditableSession("en", "cnotasessionid0000000000"))).toBe("not found");
    const overview = await loadSessionOverview("en", sessionId);
    expect(overview.session).toMatchObject({ id: sessionId, ordinal: 1, title: { en: "First meeting" } });
    expect(overview.bodies).toContainEqual({ id: overview.session.body.id, label: `${prefix} — Loader test group` });
  });
});
