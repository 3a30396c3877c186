import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../lib/database/embedded-postgres";
import { migrate } from "../lib/database/migrator";

/** What `npm start` and `npm test` share: choosing the database, migrating it, building, running tools. */

export const ROOT = path.resolve(import.meta.dirname, "..");
const BIN = path.join(ROOT, "node_modules", ".bin");

export function log(message: string): void {
  process.stdout.write(`[plenary] ${message}\n`);
}

/** Uses DATABASE_URL when set; otherwise starts the embedded PostgreSQL and points DATABASE_URL at it. */
export async function provideDatabase(dataDir: string | undefined): Promise<EmbeddedPostgres | null> {
  if (process.env.DATABASE_URL) {
    log(`Using the PostgreSQL named by DATABASE_URL (${redact(process.env.DATABASE_URL)}).`);
    return null;
  }
  const started = Date.now();
  const embedded = await startEmbeddedPostgres({ dataDir });
  process.env.DATABASE_URL = embedded.url;
  log(`Embedded PostgreSQL ready in ${Date.now() - started} ms (${dataDir ? `data in ${path.relative(ROOT, dataDir) || dataDir}` : "in memory"}).`);
  return embedded;
}

/** Applies pending migrations; `afterwards` runs under the same advisory lock (see migrate). */
export async function migrateDatabase(afterwards?: () => Promise<void>): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("No database to migrate.");
  await migrate(url, path.join(ROOT, "prisma", "migrations"), async (applied) => {
    log(applied.length ? `Applied migrations: ${applied.join(", ")}.` : "Database schema is up to date.");
    await afterwards?.();
  });
}

/**
 * next-auth signs its cookies with AUTH_SECRET. A machine without one gets a random secret, kept in
 * .data/auth-secret (outside git) so that sign-ins survive a restart.
 */
export function ensureAuthSecret(): void {
  process.env.AUTH_TRUST_HOST ??= "true";
  if (process.env.AUTH_SECRET) return;
  const file = path.join(ROOT, ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    log("Generated a sign-in secret in .data/auth-secret (set AUTH_SECRET to use your own).");
  }
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "****";
    return parsed.toString();
  } catch {
    return "unparseable URL";
  }
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawnTool(command, args, env);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export function spawnTool(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  const local = path.join(BIN, command);
  return spawn(existsSync(local) ? local : command, args, { cwd: ROOT, env, stdio: "inherit" });
}
