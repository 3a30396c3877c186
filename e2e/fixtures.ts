import { randomUUID } from "node:crypto";
import { test as base } from "@playwright/test";
import { disconnectDb, getDb, type Db } from "../lib/db";

/** Direct database access for arranging test data; each test removes what it created. */
export const test = base.extend<{ db: Db }, { dbWorker: Db }>({
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
});

export { expect } from "@playwright/test";

export const SEED_SLUG = "ctoc-cop-wg4-2018";

export function uniqueTag(): string {
  return randomUUID().slice(0, 8);
}
