import { randomUUID } from "node:crypto";
import { test as base, type Page } from "@playwright/test";
import { disconnectDb, getDb, type Db } from "../lib/db";

export const DEMO_PASSWORD = "plenary-demo";
export const ACCOUNTS = {
  SECRETARIAT: "secretariat@plenary.test",
  CHAIR: "chair@plenary.test",
  DELEGATE: "delegate@plenary.test",
} as const;
export type DemoRole = keyof typeof ACCOUNTS;

/** Signs in through the real form, as a person would. */
export async function signIn(page: Page, role: DemoRole, locale = "en"): Promise<void> {
  await page.goto(`/${locale}/sign-in`);
  await page.locator("#email").fill(ACCOUNTS[role]);
  await page.locator("#password").fill(DEMO_PASSWORD);
  await page.locator("form button[type=submit]").first().click();
  await page.waitForURL((url) => !url.pathname.endsWith("/sign-in"));
}

/**
 * `db` gives tests direct database access for arranging data (each test removes what it created);
 * `secretariat`, `chair` and `delegate` are pages already signed in with that demo account.
 */
export const test = base.extend<{ db: Db; secretariat: Page; chair: Page; delegate: Page }, { dbWorker: Db }>({
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
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "SECRETARIAT");
    await use(page);
    await context.close();
  },
  chair: async ({ browser }, use) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "CHAIR");
    await use(page);
    await context.close();
  },
  delegate: async ({ browser }, use) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "DELEGATE");
    await use(page);
    await context.close();
  },
});

export { expect } from "@playwright/test";

export const SEED_SLUG = "ctoc-cop-wg4-2018";

export function uniqueTag(): string {
  return randomUUID().slice(0, 8);
}
