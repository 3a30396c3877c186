import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "../../auth/types";
import { disconnectDb, getDb } from "../../db";
import { createTestActor, removeTestUsers } from "../../testing/actors";
import { removeBodyWithEverything } from "../../testing/cleanup";
import { signedInAs } from "../../testing/signed-in";
import { loadConsoleSessions, loadOwnChairedSessions, redirectAfterSignIn } from "./loaders";

let signedIn: string | null = null;
vi.mock("../../auth/session-user", () => ({ sessionUser: async () => signedInAs(signedIn) }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
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
const tag = randomUUID().slice(0, 8);
let secretariat: Actor;
let chair: Actor;
let delegate: Actor;
let bodyId: string;
const slugs: string[] = [];

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    (value) => value,
    (error: unknown) => (error as Error).message,
  );

beforeAll(async () => {
  [secretariat, chair, delegate] = await Promise.all([
    createTestActor(db, "SECRETARIAT"),
    createTestActor(db, "CHAIR"),
    createTestActor(db, "DELEGATE"),
  ]);
  bodyId = (await db.body.create({ data: { name: { en: `Landing ${tag}` }, symbolPrefix: `TST/LA.${tag}` } })).id;
  for (const ordinal of [1, 2]) {
    const session = await db.session.create({
      data: {
        bodyId,
        ordinal,
        slug: `landing-${tag}-${ordinal}`,
        title: { en: `Landing ${ordinal}` },
        venue: { en: "Vienna" },
        timeZone: "Europe/Vienna",
        startDate: new Date(`203${ordinal}-01-10`),
        endDate: new Date(`203${ordinal}-01-10`),
        originalLanguage: "en",
        status: "PROVISIONAL",
      },
      select: { slug: true },
    });
    slugs.push(session.slug);
  }
});

afterAll(async () => {
  await removeBodyWithEverything(db, bodyId);
  await removeTestUsers(db, [secretariat, chair, delegate]);
  await disconnectDb();
});

async function chairs(slug: string) {
  const session = await db.session.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  await db.sessionChair.create({ data: { sessionId: session.id, userId: chair.id } });
}

describe("after signing in", () => {
  it("sends each role where it works, and a chair of one session to its console", async () => {
    signedIn = chair.id;
    expect(await outcome(redirectAfterSignIn("fr", undefined))).toBe("redirect /fr/console");
    await chairs(slugs[0]!);
    expect(await outcome(redirectAfterSignIn("fr", undefined))).toBe(`redirect /fr/sessions/${slugs[0]}/console`);
    signedIn = secretariat.id;
    expect(await outcome(redirectAfterSignIn("fr", undefined))).toBe("redirect /fr/admin");
    signedIn = delegate.id;
    expect(await outcome(redirectAfterSignIn("fr", undefined))).toBe("redirect /fr");
  });

  it("honours the page the sign-in started from, if the role may open it", async () => {
    signedIn = delegate.id;
    expect(await outcome(redirectAfterSignIn("en", "/en/sessions/x"))).toBe("redirect /en/sessions/x");
    expect(await outcome(redirectAfterSignIn("en", "/en/admin/sessions/x"))).toBe("redirect /en");
    expect(await outcome(redirectAfterSignIn("en", "https://evil.example/"))).toBe("redirect /en");
  });

  it("sends someone not signed in (any more) back to sign in", async () => {
    signedIn = null;
    expect(await outcome(redirectAfterSignIn("en", "/en/sessions/x"))).toBe(
      `redirect /en/sign-in?next=${encodeURIComponent("/en/sessions/x")}`,
    );
  });
});

describe("the list of consoles", () => {
  it("lists a chair's own sessions, newest first", async () => {
    await chairs(slugs[1]!);
    signedIn = chair.id;
    const { sessions } = await loadConsoleSessions("en");
    expect(sessions.map((s) => s.slug)).toEqual([slugs[1], slugs[0]]);
    expect((await loadOwnChairedSessions()).map((s) => s.slug)).toEqual([slugs[1], slugs[0]]);
  });

  it("lists every published session to the secretariat, refuses delegates, sends anonymous visitors to sign in", async () => {
    signedIn = secretariat.id;
    const { sessions } = await loadConsoleSessions("en");
    expect(sessions.map((s) => s.slug)).toEqual(expect.arrayContaining(slugs));
    expect(sessions.every((s) => s.status !== "DRAFT")).toBe(true);
    expect(await loadOwnChairedSessions()).toEqual([]);
    signedIn = delegate.id;
    expect(await outcome(loadConsoleSessions("en"))).toBe("forbidden");
    signedIn = null;
    expect(await outcome(loadConsoleSessions("en"))).toBe(
      `redirect /en/sign-in?next=${encodeURIComponent("/en/console")}`,
    );
  });
});
