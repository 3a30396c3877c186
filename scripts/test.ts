import { disconnectDb, getDb } from "../lib/db";
import { ensureDemoUsers } from "../lib/auth/mutations";
import { seedReferenceSession } from "../lib/seed/mutations";
import { buildIfNeeded } from "./build";
import { ensureAuthSecret, log, migrateDatabase, provideDatabase, run } from "./runtime";

/**
 * `npm test`: unit and integration tests (Vitest) against a real PostgreSQL — DATABASE_URL given on the
 * command line (never from .env, which names the app's own database), or a throwaway embedded one — then
 * end-to-end tests (Playwright, Chromium) against a production build served on the same database.
 *   npm test -- --unit [vitest filters]     only Vitest
 *   npm test -- --e2e [playwright filters]  only Playwright
 */

const args = process.argv.slice(2);
const onlyUnit = args.includes("--unit");
const onlyE2e = args.includes("--e2e");
const filters = args.filter((arg) => arg !== "--unit" && arg !== "--e2e");
process.env.NEXT_TELEMETRY_DISABLED = "1";
ensureAuthSecret();

/** Test files that run on PostgreSQL and on the embedded database alike when DATABASE_URL is given. */
const ON_BOTH_DATABASES = [
  "lib/actions/concurrent-roles.test.ts",
  "lib/actions/authorization-matrix.test.ts",
  "lib/actions/hostile-input.property.test.ts",
  "lib/auth/session-flow.test.ts",
  "lib/auth/throttle.test.ts",
  "lib/agenda/concurrency.test.ts",
  "lib/revisions/mutations.test.ts",
  "lib/revisions/concurrent-issue.test.ts",
  "lib/audit/live-notify.test.ts",
  "lib/live/hub.test.ts",
  "lib/live/stream.test.ts",
  // pg_trgm and the search functions must work on PGlite as on PostgreSQL.
  "lib/document-search/search.test.ts",
];

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
  if (!embedded) await refuseRealAccounts();
  if (filters.length === 0) await stage("lint and format (ESLint, Prettier)", () => run("npm", ["run", "-s", "lint"]));
  if (!onlyE2e)
    await stage("unit and integration (Vitest)", () => run("vitest", ["run", ...(onlyUnit ? filters : [])]));
  if (!onlyE2e && !embedded && filters.length === 0) {
    // The default set-up is the embedded database: what must hold under concurrency holds there too.
    const { DATABASE_URL: _given, ...withoutDatabase } = process.env;
    await stage("concurrency and authorisation, again on the embedded database (Vitest)", () =>
      run("vitest", ["run", ...ON_BOTH_DATABASES], withoutDatabase),
    );
  }
  if (!onlyUnit) {
    await stage("end-to-end (Playwright, Chromium)", async () => {
      const { sessionId } = await seedReferenceSession(getDb());
      await ensureDemoUsers(getDb(), [sessionId]);
      await disconnectDb();
      await buildIfNeeded();
      // Specs arrange data with the app's own mutations, which are server-only modules.
      const env = {
        ...process.env,
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --conditions=react-server`.trim(),
      };
      return run("playwright", ["test", "--config", "e2e/playwright.config.ts", ...(onlyE2e ? filters : [])], env);
    });
  }
} catch (error) {
  process.stderr.write(`[plenary] ${error instanceof Error ? error.message : String(error)}\n`);
  results.push({ name: "preparing the test database", code: 1, seconds: 0 });
} finally {
  await embedded?.stop();
}

/** Tests write demo accounts with a published password: never into a database that has real people's accounts. */
async function refuseRealAccounts(): Promise<void> {
  const real = await getDb().user.count({ where: { NOT: { email: { endsWith: "@plenary.test" } } } });
  await disconnectDb();
  if (real > 0) {
    throw new Error(
      `The database named by DATABASE_URL has ${real} real account(s). npm test writes test data and demo accounts: point DATABASE_URL at an empty database meant for tests, or unset it.`,
    );
  }
}

for (const result of results) {
  log(`${result.code === 0 ? "passed" : "FAILED"}: ${result.name} (${result.seconds.toFixed(1)} s)`);
}
log(`npm test took ${((Date.now() - started) / 1000).toFixed(1)} s.`);
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
