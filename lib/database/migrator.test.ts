import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";
import { MigrationError, migrate } from "./migrator";

// Each test gets its own throwaway database: the migrator owns _prisma_migrations of the database it is given.
let database: EmbeddedPostgres;
let dir: string;

beforeEach(async () => {
  database = await startEmbeddedPostgres();
  dir = await mkdtemp(path.join(tmpdir(), "plenary-migrations-"));
});
afterEach(async () => {
  await database.stop();
  await rm(dir, { recursive: true, force: true });
});

async function addMigration(name: string, sql: string): Promise<void> {
  await mkdir(path.join(dir, name));
  await writeFile(path.join(dir, name, "migration.sql"), sql);
}

async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("migrate", () => {
  it("runs a file as Prisma does, outside an explicit transaction, so CREATE INDEX CONCURRENTLY works", async () => {
    await addMigration("1_table", `CREATE TABLE "Thing" ("id" INTEGER PRIMARY KEY, "name" TEXT);`);
    await addMigration("2_index", `CREATE INDEX CONCURRENTLY "Thing_name_idx" ON "Thing" ("name");`);
    expect(await migrate(database.url, dir)).toEqual(["1_table", "2_index"]);
    expect(await query(`SELECT indexname FROM pg_indexes WHERE indexname = 'Thing_name_idx'`)).toHaveLength(1);
    expect(
      await query(
        `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND applied_steps_count = 1`,
      ),
    ).toHaveLength(2);
    expect(await migrate(database.url, dir)).toEqual([]);
  });

  it("leaves none of a failing file's statements, records the failure as Prisma does, and retries once it is marked rolled back", async () => {
    await addMigration("1_broken", `CREATE TABLE "Half" ("id" INTEGER); SELECT 1 / 0;`);
    await expect(migrate(database.url, dir)).rejects.toThrow(MigrationError);
    expect(await query(`SELECT 1 FROM pg_tables WHERE tablename = 'Half'`)).toHaveLength(0);
    const [row] = await query<{ finished_at: Date | null; logs: string }>(
      `SELECT finished_at, logs FROM "_prisma_migrations"`,
    );
    expect(row?.finished_at).toBeNull();
    expect(row?.logs).toContain("division by zero");
    await expect(migrate(database.url, dir)).rejects.toThrow(/failed earlier \(division by zero\)/);

    await writeFile(path.join(dir, "1_broken", "migration.sql"), `CREATE TABLE "Half" ("id" INTEGER);`);
    await query(`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE finished_at IS NULL`);
    expect(await migrate(database.url, dir)).toEqual(["1_broken"]);
  });
  it("runs `afterwards` once the migrations are applied, still holding the migration lock", async () => {
    await addMigration("1_table", `CREATE TABLE "Thing" ("id" INTEGER);`);
    const seen: Array<{ applied: string[]; locks: number; table: number }> = [];
    await migrate(database.url, dir, async (applied) => {
      const locks = await query(`SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objid = 72707369 AND granted`);
      const table = await query(`SELECT 1 FROM pg_tables WHERE tablename = 'Thing'`);
      seen.push({ applied, locks: locks.length, table: table.length });
    });
    expect(seen).toEqual([{ applied: ["1_table"], locks: 1, table: 1 }]);
    const after = await query(`SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objid = 72707369`);
    expect(after).toHaveLength(0);
  });
});
