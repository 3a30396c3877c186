import { randomUUID } from "node:crypto";
import path from "node:path";
import { test as base, type Page } from "@playwright/test";
import { encodeLiveChange, LIVE_CHANNEL } from "../lib/audit/live-change";
import { createUser } from "../lib/auth/mutations";
import type { Role } from "../lib/auth/types";
import { disconnectDb, getDb, type Db } from "../lib/db";
import { SignInPage } from "./pages/sign-in-page";

export const DEMO_PASSWORD = "plenary-demo";
export const ACCOUNTS = {
  SECRETARIAT: "secretariat@plenary.test",
  CHAIR: "chair@plenary.test",
  DELEGATE: "delegate@plenary.test",
} as const;
export type DemoRole = keyof typeof ACCOUNTS;

/** Where auth.setup.ts keeps each demo account's signed-in browser state (gitignored). */
export function storageStatePath(role: DemoRole): string {
  return path.resolve(import.meta.dirname, ".auth", `${role.toLowerCase()}.json`);
}

/**
 * Signs a demo account in through the real form, as a person would: a sign-in of its own, which a test may end.
 * Tests that only need a signed-in page use the `secretariat`, `chair` and `delegate` fixtures instead.
 */
export async function signIn(page: Page, role: DemoRole, locale = "en"): Promise<void> {
  await new SignInPage(page).signIn(ACCOUNTS[role], DEMO_PASSWORD, locale);
}

export function uniqueTag(): string {
  return randomUUID().slice(0, 8);
}

/** An account made for one test: its own sign-ins to end and its own wrong passwords to count. */
export interface OwnAccount {
  email: string;
  password: string;
}

/**
 * `db` gives tests direct database access for arranging data (each test removes what it created);
 * `secretariat`, `chair` and `delegate` are pages signed in with that demo account, reusing the sign-in made once
 * by auth.setup.ts — never sign them out; `ownDelegate` is a DELEGATE account that exists for one test only.
 */
export const test = base.extend<
  { db: Db; secretariat: Page; chair: Page; delegate: Page; ownDelegate: OwnAccount },
  { dbWorker: Db }
>({
  dbWorker: [
    async ({}, use) => {
      await use(getDb());
      await disconnectDb();
    },
    { scope: "worker" },
  ],
  db: async ({ dbWorker }, use) => {
    await use(dbWorker);
  },
  secretariat: async ({ browser }, use) => {
    const context = await browser.newContext({ storageState: storageStatePath("SECRETARIAT") });
    await use(await context.newPage());
    await context.close();
  },
  chair: async ({ browser }, use) => {
    const context = await browser.newContext({ storageState: storageStatePath("CHAIR") });
    await use(await context.newPage());
    await context.close();
  },
  delegate: async ({ browser }, use) => {
    const context = await browser.newContext({ storageState: storageStatePath("DELEGATE") });
    await use(await context.newPage());
    await context.close();
  },
  ownDelegate: async ({ db }, use) => {
    const account = { email: `e2e-${uniqueTag()}@plenary.test`, password: DEMO_PASSWORD };
    await createUser(db, {
      email: account.email,
      name: "E2E Delegate",
      role: "DELEGATE" satisfies Role,
      password: account.password,
    });
    try {
      await use(account);
    } finally {
      // Its sign-ins go with it (cascade); its sign-in attempts are rows of their own.
      await db.user.deleteMany({ where: { email: account.email } });
      await db.signInAttempt.deleteMany({ where: { email: account.email } });
    }
  },
});

export { expect } from "@playwright/test";

/** The reference session: read by many specs at once, so no spec may change it. */
export const SEED_SLUG = "ctoc-cop-wg4-2018";

/** Removes a body made by a test with everything filed under it: sessions, documents and their history. */
export async function removeBody(db: Db, where: { id: string } | { symbolPrefix: string }): Promise<void> {
  const body = await db.body.findUnique({
    where,
    select: { id: true, sessions: { select: { id: true } }, documents: { select: { id: true } } },
  });
  if (!body) return;
  const sessionIds = body.sessions.map((s) => s.id);
  const entityIds = [body.id, ...sessionIds, ...body.documents.map((d) => d.id)];
  await db.$transaction([
    db.auditEvent.deleteMany({ where: { OR: [{ sessionId: { in: sessionIds } }, { entityId: { in: entityIds } }] } }),
    db.session.deleteMany({ where: { bodyId: body.id } }),
    db.document.deleteMany({ where: { bodyId: body.id } }),
    db.body.delete({ where: { id: body.id } }),
  ]);
}

/**
 * A test that arranges data straight in the database must say so the way every write of the app does: cached
 * public pages are expired by the notification that an audited write sends on commit.
 */
export async function announceSessionChange(db: Db, sessionId: string): Promise<void> {
  await db.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${encodeLiveChange({ kind: "content", sessionId })})`;
}

/** A provisional (public) session of its own body, with one agenda item, for a test that changes things. */
export async function createOwnSession(db: Db, tag: string) {
  const body = await db.body.create({ data: { name: { en: `E2E body ${tag}` }, symbolPrefix: `E2E/${tag}` } });
  const session = await db.session.create({
    data: {
      bodyId: body.id,
      ordinal: 1,
      slug: `e2e-${tag}`,
      title: { en: `E2E session ${tag}` },
      venue: { en: "Vienna" },
      timeZone: "Europe/Vienna",
      startDate: new Date("2031-05-01"),
      endDate: new Date("2031-05-02"),
      originalLanguage: "en",
      status: "PROVISIONAL",
      items: { create: [{ position: 1, title: { en: `Opening ${tag}` } }] },
    },
    select: { id: true, slug: true, title: true, items: { select: { id: true } } },
  });
  return { body, session };
}
