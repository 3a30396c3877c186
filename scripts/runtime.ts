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
  log(
    `Embedded PostgreSQL ready in ${Date.now() - started} ms (${dataDir ? `data in ${path.relative(ROOT, dataDir) || dataDir}` : "in memory"}).`,
  );
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

/**
 * npm runs a script under `sh -c`. A SIGTERM to npm ends npm and that shell but never reaches this process, which
 * would go on serving and holding the embedded database. A changed parent means whoever started us is gone.
 */
export function onParentExit(callback: () => void): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    callback();
  }, 500);
  timer.unref();
}

/**
 * For the command-line tools: the database, or one line saying why not (typically: `npm start` holds the embedded
 * one). The embedded database is closed, and its lock file removed, on Ctrl-C, SIGTERM or when npm goes away.
 */
export async function openDatabase(): Promise<EmbeddedPostgres | null> {
  const dataDir = process.env.PLENARY_DATA_DIR ?? path.join(ROOT, ".data", "pglite");
  const embedded = await provideDatabase(dataDir).catch((error: unknown) => {
    process.stderr.write(`[plenary] ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
  if (embedded) {
    const close = (code: number) => void embedded.stop().finally(() => process.exit(code));
    for (const [signal, code] of [
      ["SIGINT", 130],
      ["SIGTERM", 143],
      ["SIGHUP", 129],
    ] as const)
      process.once(signal, () => close(code));
    onParentExit(() => close(143));
  }
  return embedded;
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
