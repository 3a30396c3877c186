import "dotenv/config";
import { disconnectDb, getDb } from "../lib/db";
import { ensureDemoUsers } from "../lib/auth/mutations";
import { seedReferenceSession } from "../lib/seed/mutations";
import { buildIfNeeded, ensureAuthSecret, log, migrateDatabase, provideDatabase, run } from "./runtime";

/**
 * `npm test`: unit and integration tests (Vitest) against a real PostgreSQL — DATABASE_URL, or a
 * throwaway embedded one — then end-to-end tests (Playwright, Chromium) against a production build
 * served on the same database.
 *   npm test -- --unit [vitest filters]     only Vitest
 *   npm test -- --e2e [playwright filters]  only Playwright
 */

const args = process.argv.slice(2);
const onlyUnit = args.includes("--unit");
const onlyE2e = args.includes("--e2e");
const filters = args.filter((arg) => arg !== "--unit" && arg !== "--e2e");
process.env.NEXT_TELEMETRY_DISABLED = "1";
ensureAuthSecret();

const started = Date.now();
const embedded = await provideDatabase(undefined);
const results: Array<{ name: string; code: number; seconds: number }> = [];

async function stage(name: string, work: () => Promise<number>): Promise<void> {
  const from = Date.now();
  const code = await work().catch((error: unknown) => {
    process.stderr.write(`[plenary] ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  });
  results.push({ name, code, seconds: (Date.now() - from) / 1000 });
}

try {
  await migrateDatabase();
  if (!onlyE2e) await stage("unit and integration (Vitest)", () => run("vitest", ["run", ...(onlyUnit ? filters : [])]));
  if (!onlyUnit) {
    await stage("end-to-end (Playwright, Chromium)", async () => {
      const { sessionId } = await seedReferenceSession(getDb());
      await ensureDemoUsers(getDb(), [sessionId]);
      await disconnectDb();
      await buildIfNeeded();
      return run("playwright", ["test", "--config", "e2e/playwright.config.ts", ...(onlyE2e ? filters : [])]);
    });
  }
} finally {
  await embedded?.stop();
}

for (const result of results) {
  log(`${result.code === 0 ? "passed" : "FAILED"}: ${result.name} (${result.seconds.toFixed(1)} s)`);
}
log(`npm test took ${((Date.now() - started) / 1000).toFixed(1)} s.`);
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
