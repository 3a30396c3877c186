import { randomUUID } from "node:crypto";
import { decode, encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { defineAction } from "../actions/define-action";
import { disconnectDb, getDb } from "../db";
import { signInWithPassword, signOutEverywhere, signOutHere } from "./actions";
import { handlers } from "./auth";
import { fakeRequest, formData, sessionCookieSet, sessionEndpoint } from "./fake-request";
import { createUser, setPassword, startAuthSession } from "./mutations";
import { readSessionPolicy } from "./session-policy";
import { sessionUser } from "./session-user";
import type { Role } from "./types";

// The real next-auth code runs: only what Next.js itself would supply around a request is stood in for.
vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "vitest-only-secret-0123456789abcdef0123456789abcdef";
});
vi.mock("next/headers", async () => (await import("./fake-request")).nextHeadersMock);
vi.mock("next/navigation", async () => (await import("./fake-request")).nextNavigationMock);
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  connection: async () => undefined,
}));
vi.mock("next/cache", () => ({ updateTag: vi.fn(), revalidatePath: vi.fn() }));

const db = getDb();
const PASSWORD = "a-long-enough-password";
const userIds: string[] = [];
const emails: string[] = [];

afterEach(() => {
  vi.useRealTimers();
  fakeRequest.address = "198.51.100.7";
});
afterAll(async () => {
  await db.signInAttempt.deleteMany({ where: { email: { in: emails } } });
  await db.user.deleteMany({ where: { id: { in: userIds } } });
  await disconnectDb();
});

async function newUser(role: Role = "SECRETARIAT") {
  const email = `flow-${randomUUID().slice(0, 8)}@plenary.test`;
  const user = await createUser(db, { email, name: "Flow Test", role, password: PASSWORD });
  userIds.push(user.id);
  emails.push(email);
  return user;
}

/** Signs in through the real server action and returns the session cookie the browser would get. */
async function signIn(email: string, password = PASSWORD): Promise<string> {
  fakeRequest.cookie = "";
  fakeRequest.setCookies.clear();
  await expect(
    signInWithPassword({ error: null, email: "" }, formData({ email, password, locale: "en" })),
  ).rejects.toMatchObject({
    digest: expect.stringMatching(/^NEXT_REDIRECT/),
  });
  const cookie = sessionCookieSet();
  expect(cookie).not.toBe("");
  return cookie;
}

/** Who a request carrying this cookie is, for pages and actions, and for /api/auth/session. */
async function replay(cookie: string) {
  fakeRequest.cookie = cookie;
  const user = await sessionUser();
  const endpoint = (await sessionEndpoint(handlers.GET, cookie)) as { user?: { id?: string } } | null;
  return { user: user?.id ?? null, endpoint: endpoint?.user?.id ?? null };
}

async function runAction(action: (form: FormData) => Promise<void>, cookie: string) {
  fakeRequest.cookie = cookie;
  await expect(action(formData({ locale: "en" }))).rejects.toMatchObject({
    digest: expect.stringMatching(/^NEXT_REDIRECT/),
  });
}

describe("a sign-in ends when it should, and a copied cookie with it", () => {
  it("is accepted until sign-out, then refused when replayed", async () => {
    const user = await newUser();
    const cookie = await signIn(user.email);
    expect(await replay(cookie)).toEqual({ user: user.id, endpoint: user.id });
    await runAction(signOutHere, cookie);
    expect(await replay(cookie)).toEqual({ user: null, endpoint: null });
  });

  it("is refused after sign-out through next-auth's own endpoint", async () => {
    const user = await newUser();
    const cookie = await signIn(user.email);
    const csrf = await handlers.GET(new NextRequest("http://localhost:3000/api/auth/csrf", { headers: { cookie } }));
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = (csrf.headers.getSetCookie()[0] ?? "").split(";")[0];
    await handlers.POST(
      new NextRequest("http://localhost:3000/api/auth/signout", {
        method: "POST",
        headers: { cookie: `${cookie}; ${csrfCookie}`, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrfToken }),
      }),
    );
    expect(await replay(cookie)).toEqual({ user: null, endpoint: null });
  });

  it("ends every sign-in of the account with 'sign out everywhere', and only that account's", async () => {
    const user = await newUser();
    const other = await newUser();
    const [laptop, phone, someoneElse] = [
      await signIn(user.email),
      await signIn(user.email),
      await signIn(other.email),
    ];
    expect((await replay(phone)).user).toBe(user.id);
    await runAction(signOutEverywhere, laptop);
    expect(await replay(laptop)).toEqual({ user: null, endpoint: null });
    expect(await replay(phone)).toEqual({ user: null, endpoint: null });
    expect((await replay(someoneElse)).user).toBe(other.id);
  });

  it("is refused after the password is changed (as `npm run user -- password` does)", async () => {
    const user = await newUser();
    const cookie = await signIn(user.email);
    expect((await replay(cookie)).user).toBe(user.id);
    await setPassword(db, user.email, "another-long-password");
    expect(await replay(cookie)).toEqual({ user: null, endpoint: null });
  });

  it("is refused once idle for longer than the idle timeout, though the cookie itself has not expired", async () => {
    const user = await newUser();
    const cookie = await signIn(user.email);
    const { idleMs } = readSessionPolicy();
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + idleMs - 60_000 });
    expect((await replay(cookie)).user).toBe(user.id);
    vi.setSystemTime(Date.now() + idleMs + 1000);
    expect(await replay(cookie)).toEqual({ user: null, endpoint: null });
  });

  it("neither accepts nor discards a cookie it cannot check while the database is unreachable", async () => {
    const user = await newUser();
    const cookie = await signIn(user.email);
    const outage = vi
      .spyOn(db.authSession, "findUnique")
      .mockRejectedValue(new Error("Connection terminated unexpectedly"));
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      fakeRequest.cookie = cookie;
      await expect(sessionUser()).rejects.toMatchObject({ code: "unavailable" });
    } finally {
      outage.mockRestore();
      vi.mocked(console.error).mockRestore();
    }
    expect((await replay(cookie)).user).toBe(user.id);
  });

  it("refuses a validly signed token that lacks the sign-in claim", async () => {
    const user = await newUser();
    const cookieName = (await signIn(user.email)).split("=")[0] ?? "";
    const secret = process.env.AUTH_SECRET ?? "";
    const asCookie = async (token: Record<string, unknown>) =>
      `${cookieName}=${await encode({ token, secret, salt: cookieName })}`;
    const sid = await startAuthSession(db, user.id, readSessionPolicy());
    // The same hand-made token is accepted with the claim, so only its absence refuses the others.
    expect((await replay(await asCookie({ sub: user.id, uid: user.id, sid }))).user).toBe(user.id);
    const { version } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { version: true } });
    for (const token of [
      { sub: user.id, uid: user.id },
      { sub: user.id, uid: user.id, uv: version },
      { sub: user.id, sid },
    ]) {
      expect(await replay(await asCookie(token))).toEqual({ user: null, endpoint: null });
    }
  });
});

describe("sign-in throttling by client address", () => {
  it("makes wrong passwords from one address wait, while the owner signs in from another", async () => {
    const user = await newUser();
    fakeRequest.address = "203.0.113.66";
    const wrong = () =>
      signInWithPassword(
        { error: null, email: "" },
        formData({ email: user.email, password: "wrong-password", locale: "en" }),
      );
    for (let n = 0; n < 5; n++) expect(await wrong()).toMatchObject({ error: "invalid-credentials" });
    expect(await wrong()).toEqual({ error: "too-many-attempts", email: user.email, waitMinutes: 1 });
    fakeRequest.address = "2001:db8:77::1";
    expect((await replay(await signIn(user.email))).user).toBe(user.id);
  });
});

describe("roles come from the database on every action", () => {
  const probe = defineAction({
    name: "test.session-flow.probe",
    roles: ["SECRETARIAT"],
    schema: z.object({}),
    readOnly: true,
    run: async () => "done",
  });

  it("refuses the very next action of a secretariat member demoted to delegate, and admits one promoted", async () => {
    const user = await newUser("SECRETARIAT");
    fakeRequest.cookie = await signIn(user.email);
    const [name = "", value = ""] = fakeRequest.cookie.split("=");
    const payload = await decode({ token: value, secret: process.env.AUTH_SECRET ?? "", salt: name });
    expect(Object.keys(payload ?? {})).not.toContain("role");
    expect(await probe({})).toEqual({ ok: true, data: "done" });
    await db.user.update({ where: { id: user.id }, data: { role: "DELEGATE" } });
    expect(await probe({})).toEqual({ ok: false, error: { code: "forbidden" } });
    await db.user.update({ where: { id: user.id }, data: { role: "SECRETARIAT" } });
    expect(await probe({})).toEqual({ ok: true, data: "done" });
  });
});
