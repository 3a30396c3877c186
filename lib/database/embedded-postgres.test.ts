import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded-postgres";

const dirs: string[] = [];
async function dataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "plenary-embedded-"));
  dirs.push(dir);
  return dir;
}

afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("embedded PostgreSQL", () => {
  it("refuses a data folder another running process holds", async () => {
    const dir = await dataDir();
    // Process 1 always runs; as far as this folder is concerned it is another `npm start`.
    await writeFile(path.join(dir, "plenary.pid"), "1");
    await expect(startEmbeddedPostgres({ dataDir: dir })).rejects.toThrow(/in use by process 1/);
  });

  it("takes over a lock left by a process that has ended, serves SQL, keeps data across restarts and releases the lock", async () => {
    const dir = await dataDir();
    await writeFile(path.join(dir, "plenary.pid"), "999999");
    const first = await startEmbeddedPostgres({ dataDir: dir });
    expect(await readFile(path.join(dir, "plenary.pid"), "utf8")).toBe(String(process.pid));
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query("CREATE TABLE kept (value text); INSERT INTO kept VALUES ('across restarts')");
    await client.end();
    await first.stop();
    await expect(readFile(path.join(dir, "plenary.pid"), "utf8")).rejects.toThrow();

    const second = await startEmbeddedPostgres({ dataDir: dir });
    const again = new pg.Client({ connectionString: second.url });
    await again.connect();
    expect((await again.query("SELECT value FROM kept")).rows).toEqual([{ value: "across restarts" }]);
    await again.end();
    await second.stop();
  }, 60_000);
});
