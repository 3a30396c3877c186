import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

/**
 * Applies prisma/migrations/<name>/migration.sql in order and records them in `_prisma_migrations`
 * exactly as `prisma migrate deploy` does (checksum = sha256 of the file), so either tool can take
 * over a database. Prisma's own engine cannot be downloaded everywhere Plenary must start.
 */

// The advisory lock key Prisma Migrate uses, so two app instances (or this and Prisma) never migrate at once.
const MIGRATION_LOCK_KEY = 72707369;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {}

// PostgreSQL rolled back the failed file's statements (one script, one implicit transaction) unless the file
// commits on its own; the row stays, as Prisma leaves it, so nobody builds on a migration that never happened.
const HOW_TO_RETRY = (name: string) =>
  `Fix the file, mark it rolled back (npx prisma migrate resolve --rolled-back ${name}, or ` +
  `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${name}' AND finished_at IS NULL) and start again.`;

export async function readMigrations(dir: string): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
}

/**
 * Returns the names of the migrations applied by this call. `afterwards` runs while the lock is still held, so
 * what instances do once per database after migrating (loading the reference session) is done by one of them,
 * and the others find it done.
 */
export async function migrate(
  connectionString: string,
  migrationsDir: string,
  afterwards?: (applied: string[]) => Promise<void>,
): Promise<string[]> {
  const migrations = await readMigrations(migrationsDir);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(CREATE_TABLE);
    const { rows } = await client.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at, logs FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((r) => [r.migration_name, r]));
    const done: string[] = [];
    for (const migration of migrations) {
      const row = applied.get(migration.name);
      if (row?.finished_at) {
        if (row.checksum !== migration.checksum) {
          throw new MigrationError(
            `Migration ${migration.name} was changed after it was applied. Restore the file, or add a new migration instead.`,
          );
        }
        continue;
      }
      if (row) {
        throw new MigrationError(
          `Migration ${migration.name} failed earlier${row.logs ? ` (${row.logs})` : ""}. ${HOW_TO_RETRY(migration.name)}`,
        );
      }
      await applyOne(client, migration);
      done.push(migration.name);
    }
    await afterwards?.(done);
    return done;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}

// Like `prisma migrate deploy`: the row is written first, the file is sent as one script (PostgreSQL runs a
// multi-statement script as one implicit transaction, so a failing file leaves none of its statements behind),
// and a failure stays recorded with its reason until someone marks it rolled back. No explicit BEGIN: a file
// holding only `CREATE INDEX CONCURRENTLY` must work here as it does with Prisma's own tool.
async function applyOne(client: pg.Client, migration: MigrationFile): Promise<void> {
  const id = randomUUID();
  await client.query(
    `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`,
    [id, migration.checksum, migration.name],
  );
  try {
    await client.query(migration.sql);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await client.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, reason]).catch(() => undefined);
    throw new MigrationError(`Migration ${migration.name} failed: ${reason}. ${HOW_TO_RETRY(migration.name)}`);
  }
  await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [
    id,
  ]);
}
