import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildFingerprint } from "./build-fingerprint";
import { log, ROOT, spawnTool } from "./runtime";

const FINGERPRINT_FILE = path.join(ROOT, ".next", "plenary-build-fingerprint");
// Outside .next, which `next build` empties.
const LOCK_FILE = path.join(ROOT, ".data", "build.lock");

function upToDate(fingerprint: string): boolean {
  const previous = existsSync(FINGERPRINT_FILE) ? readFileSync(FINGERPRINT_FILE, "utf8") : "";
  return previous === fingerprint && existsSync(path.join(ROOT, ".next", "BUILD_ID"));
}

/** Builds the production bundle unless the last build was made from exactly these sources. */
export async function buildIfNeeded(): Promise<void> {
  if (upToDate(buildFingerprint(ROOT))) {
    log("Production build is up to date.");
    return;
  }
  // Two `npm start` at once (several instances on one database) must not both build: Next.js refuses the
  // second outright. The second waits, then finds the first one's build up to date.
  await withFileLock(
    LOCK_FILE,
    (holder) => log(`Waiting for the build of process ${holder} to finish…`),
    async () => {
      const fingerprint = buildFingerprint(ROOT);
      if (upToDate(fingerprint)) {
        log("Production build is up to date (another process just built it).");
        return;
      }
      log("Building the production bundle (about a minute the first time)…");
      const child = spawnTool("next", ["build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
      // Stopped with this process (Ctrl-C, SIGTERM mid-build): an orphaned build would hold Next.js's own lock.
      const stop = () => child.kill("SIGTERM");
      process.once("exit", stop);
      const code = await new Promise<number>((resolve) =>
        child.on("exit", (exit, signal) => resolve(exit ?? (signal ? 1 : 0))),
      );
      process.off("exit", stop);
      if (code !== 0) throw new Error(`next build failed with exit code ${code}.`);
      writeFileSync(FINGERPRINT_FILE, fingerprint);
    },
  );
}

/** Runs work while holding a lock file that names this process; a lock of a process that is gone is taken over. */
export async function withFileLock(
  file: string,
  onWait: (holder: number) => void,
  work: () => Promise<void>,
): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  let waiting = false;
  while (!tryLock(file)) {
    if (!waiting) onWait(readHolder(file));
    waiting = true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  // Released however this process ends, even by process.exit() on Ctrl-C in the middle of the build.
  const release = () => rmSync(file, { force: true });
  process.once("exit", release);
  try {
    await work();
  } finally {
    process.off("exit", release);
    release();
  }
}

function readHolder(file: string): number {
  try {
    return Number.parseInt(readFileSync(file, "utf8"), 10) || 0;
  } catch {
    return 0;
  }
}

function tryLock(file: string): boolean {
  try {
    writeFileSync(file, String(process.pid), { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const holder = readHolder(file);
  // A lock whose process is gone (killed mid-build) is taken over; an unreadable one is being written right now.
  if (holder && !isAlive(holder)) {
    rmSync(file, { force: true });
    return tryLock(file);
  }
  return false;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
