import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PgliteWireServer } from "./pglite-wire-server";

/**
 * A real PostgreSQL (PGlite, compiled to WebAssembly) served on localhost, so Plenary runs on a
 * machine with nothing but Node.js. It is for one machine only: production uses DATABASE_URL.
 */

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder that keeps the data across restarts; omit for a throwaway in-memory database. */
  dataDir?: string;
  /** Connections accepted at once; each waits its turn for the single backend. */
  maxConnections?: number;
}

const LOCK_FILE = "plenary.pid";

export async function startEmbeddedPostgres(options: EmbeddedOptions = {}): Promise<EmbeddedPostgres> {
  const { dataDir, maxConnections = 100 } = options;
  if (dataDir) {
    await mkdir(dataDir, { recursive: true });
    await takeLock(dataDir);
  }
  // pg_trgm (trigram indexes for document search) is compiled separately and must be loaded at start.
  const db = await PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { pg_trgm } });
  const server = new PgliteWireServer(db, { maxConnections });
  const port = await server.listen();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      await server.close();
      await db.close();
      if (dataDir) await rm(path.join(dataDir, LOCK_FILE), { force: true });
    },
  };
}

// PGlite's files can be opened by one process only; a second opener would corrupt them. The lock file is
// created atomically, and a lock left by a process that no longer runs is taken over.
async function takeLock(dataDir: string): Promise<void> {
  const lockPath = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(lockPath, String(process.pid), { flag: "wx" });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = Number.parseInt(await readFile(lockPath, "utf8").catch(() => ""), 10);
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new Error(
        `The embedded database in ${dataDir} is in use by process ${holder} (another \`npm start\`?). Stop it first, or set DATABASE_URL.`,
      );
    }
    await rm(lockPath, { force: true });
  }
  throw new Error(`Could not lock the embedded database in ${dataDir}; another process keeps taking it.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
