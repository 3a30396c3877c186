import "./load-env";
import type { ChildProcess } from "node:child_process";
import path from "node:path";
import { disconnectDb, getDb } from "../lib/db";
import { ensureDemoUsers } from "../lib/auth/mutations";
import { issueMissingOriginals } from "../lib/revisions/mutations";
import { seedReferenceSessionOnce } from "../lib/seed/mutations";
import { REFERENCE_SESSION_SLUG } from "../lib/seed/reference-session";
import { buildIfNeeded } from "./build";
import { ensureAuthSecret, log, migrateDatabase, onParentExit, provideDatabase, ROOT, spawnTool } from "./runtime";

/**
 * `npm start`: a database (embedded unless DATABASE_URL is set), migrations, the reference session on
 * first start, a production build when sources changed, then the server. `--dev` serves with hot reload.
 */

const dev = process.argv.includes("--dev");
// Known demo passwords only where nobody could mistake them for real accounts: the embedded database, or on request.
const demo = process.argv.includes("--demo") || !process.env.DATABASE_URL;
const port = process.env.PORT ?? "3000";
const dataDir = process.env.PLENARY_DATA_DIR ?? path.join(ROOT, ".data", "pglite");
process.env.NEXT_TELEMETRY_DISABLED = "1";
ensureAuthSecret();

const embedded = await provideDatabase(dataDir).catch((error: unknown) => {
  process.stderr.write(`[plenary] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
let stopping = false;
let server: ChildProcess | undefined;
async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await embedded?.stop().catch(() => undefined);
  }
  process.exit(code);
}

// Requests already under way get a few seconds to finish; after that the server is stopped outright, so a
// busy server never keeps a Ctrl-C (or an orchestrator's SIGTERM) waiting.
const drainMs = Math.max(0, Number(process.env.PLENARY_SHUTDOWN_SECONDS ?? 5)) * 1000;
let signalled = false;
function stopOnSignal(signal: NodeJS.Signals): void {
  if (signalled) return;
  signalled = true;
  if (!server || server.exitCode !== null) {
    void shutdown(130);
    return;
  }
  log("Stopping: no new connections; requests under way may finish…");
  server.kill("SIGTERM");
  setTimeout(() => server?.kill("SIGKILL"), drainMs).unref();
  server.once("exit", () => void shutdown(signal === "SIGINT" ? 130 : 0));
}

// From here on the embedded database is open: every way of stopping must close it, or its files stay unclean.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => stopOnSignal(signal));
// A SIGTERM to npm itself ends npm and its shell, not this process: their going away is the signal.
onParentExit(() => {
  log("npm, which started Plenary, has gone away.");
  stopOnSignal("SIGTERM");
});

try {
  // Under the migration lock: of several instances starting on one new database, one loads the reference session.
  await migrateDatabase(async () => {
    const db = getDb();
    if (process.env.PLENARY_SEED !== "off" && (await seedReferenceSessionOnce(db))) {
      log("Loaded the reference session (eighth meeting of the Working Group on Trafficking in Persons).");
    }
    const issued = await issueMissingOriginals(db);
    if (issued > 0) log(`Issued ${issued} published session(s) that had no issued agenda yet.`);
    if (demo) {
      const reference = await db.session.findUnique({ where: { slug: REFERENCE_SESSION_SLUG }, select: { id: true } });
      await ensureDemoUsers(db, reference ? [reference.id] : []);
      log(
        "Demo accounts: secretariat@plenary.test, chair@plenary.test, delegate@plenary.test (password: plenary-demo).",
      );
    }
  });
  await disconnectDb();
  if (!dev) await buildIfNeeded();
} catch (error) {
  process.stderr.write(`[plenary] ${error instanceof Error ? error.message : String(error)}\n`);
  await shutdown(1);
}

server = spawnTool("next", [dev ? "dev" : "start", "--port", port]);
log(`Starting Plenary on http://localhost:${port}/ …`);
server.on("exit", (code, signal) => {
  if (signalled) return;
  // The server ended on its own: say so, and fail, so that whoever runs Plenary notices and can restart it.
  process.stderr.write(
    `[plenary] The server stopped unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`}). Plenary is not serving.\n`,
  );
  void shutdown(code || 1);
});
await waitUntilServing(`http://127.0.0.1:${port}/en`);
log(`Plenary is ready: http://localhost:${port}/`);

async function waitUntilServing(url: string): Promise<void> {
  for (let attempt = 0; attempt < 600 && !stopping; attempt++) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
