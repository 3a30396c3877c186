import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";

/**
 * Many pooled connections at once, each checking that every answer belongs to its own query and that an
 * open transaction is invisible to the others. Runs on a fresh embedded database and on the database the
 * test run was given (PostgreSQL in CI), so both keep the same promise.
 */

let embedded: EmbeddedPostgres;
beforeAll(async () => {
  embedded = await startEmbeddedPostgres();
}, 60_000);
afterAll(async () => {
  await embedded?.stop();
});

const targets = [
  { name: "the embedded database", url: () => embedded.url },
  { name: "the test run's database", url: () => process.env.DATABASE_URL ?? "" },
];

type Check = (client: pg.Pool, table: string, n: number) => Promise<void>;

const echo: Check = async (pool, _table, n) => {
  const tag = randomUUID();
  const { rows } = await pool.query("SELECT $1::text AS tag, $2::int AS n, $3::int + $2::int AS sum", [tag, n, 7]);
  expect(rows).toEqual([{ tag, n, sum: n + 7 }]);
};

const committed: Check = async (pool, table, n) => {
  const client = await pool.connect();
  const tag = `c-${n}-${randomUUID()}`;
  try {
    await client.query("BEGIN");
    await client.query(`INSERT INTO ${table} (tag, n) VALUES ($1, $2)`, [tag, n]);
    const inside = await client.query(`SELECT n FROM ${table} WHERE tag = $1`, [tag]);
    expect(inside.rows).toEqual([{ n }]);
    await client.query("COMMIT");
  } finally {
    client.release();
  }
  const after = await pool.query(`SELECT n FROM ${table} WHERE tag = $1`, [tag]);
  expect(after.rows).toEqual([{ n }]);
};

// Another connection must never see a row that a transaction has written but not committed.
const isolated: Check = async (pool, table, n) => {
  const writer = await pool.connect();
  const tag = `r-${n}-${randomUUID()}`;
  try {
    await writer.query("BEGIN");
    await writer.query(`INSERT INTO ${table} (tag, n) VALUES ($1, $2)`, [tag, n]);
    const seenByOthers = pool.query(`SELECT count(*)::int AS c FROM ${table} WHERE tag = $1`, [tag]);
    // Give the other connection a chance to run while the transaction is still open.
    await new Promise((resolve) => setTimeout(resolve, 1));
    await writer.query("ROLLBACK");
    expect((await seenByOthers).rows).toEqual([{ c: 0 }]);
  } finally {
    writer.release();
  }
};

const failing: Check = async (pool, _table, n) => {
  await expect(pool.query("SELECT 1 / ($1::int - $1::int) AS boom", [n])).rejects.toThrow(/division by zero/);
  const { rows } = await pool.query("SELECT $1::int * 2 AS twice", [n]);
  expect(rows).toEqual([{ twice: n * 2 }]);
};

const checks: Check[] = [echo, committed, isolated, failing, echo];

describe.each(targets)("concurrent connections to $name", ({ url }) => {
  it("keep every result with its own query and every open transaction to itself", async () => {
    const table = `wire_check_${randomUUID().replaceAll("-", "")}`;
    const pool = new pg.Pool({ connectionString: url(), max: 10 });
    const errors: unknown[] = [];
    try {
      await pool.query(`CREATE TABLE ${table} (tag text PRIMARY KEY, n int NOT NULL)`);
      const total = 600;
      let next = 0;
      // 40 callers at once on a pool of 10: queries queue in the pool and on the server.
      await Promise.all(
        Array.from({ length: 40 }, async () => {
          while (next < total) {
            const n = next++;
            const check = checks[n % checks.length] ?? echo;
            await check(pool, table, n).catch((error: unknown) => errors.push(error));
          }
        }),
      );
      expect(errors.map(String).slice(0, 5)).toEqual([]);
      const { rows } = await pool.query(`SELECT count(*)::int AS c FROM ${table}`);
      expect(rows).toEqual([{ c: total / checks.length }]);
    } finally {
      await pool.query(`DROP TABLE IF EXISTS ${table}`).catch(() => undefined);
      await pool.end();
    }
  }, 120_000);
});
