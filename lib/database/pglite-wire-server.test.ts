import net from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { PgliteWireServer } from "./pglite-wire-server";

let db: PGlite;
let server: PgliteWireServer;
let url: string;

beforeAll(async () => {
  db = await PGlite.create();
  server = new PgliteWireServer(db, { maxConnections: 4, holdTimeoutMs: 1_000 });
  url = `postgresql://postgres:postgres@127.0.0.1:${await server.listen()}/postgres?sslmode=disable`;
  await db.exec("CREATE TABLE notes (body text)");
}, 60_000);

afterAll(async () => {
  await server.close();
  await db.close();
});

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => undefined);
  await client.connect();
  return client;
}

describe("the embedded database's wire server", () => {
  it("makes a second connection wait while the first is inside a transaction, then lets it see only what was committed", async () => {
    const first = await connect();
    const second = await connect();
    await first.query("BEGIN");
    await first.query("INSERT INTO notes VALUES ('uncommitted')");
    let secondDone = false;
    const read = second.query("SELECT count(*)::int AS c FROM notes WHERE body = 'uncommitted'").then((result) => {
      secondDone = true;
      return result;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(secondDone).toBe(false);
    await first.query("ROLLBACK");
    expect((await read).rows).toEqual([{ c: 0 }]);
    await Promise.all([first.end(), second.end()]);
  });

  it("rolls back what a client that vanished mid-transaction left open, and serves the next one", async () => {
    const doomed = await connect();
    await doomed.query("BEGIN");
    await doomed.query("INSERT INTO notes VALUES ('from a crashed client')");
    // Cut the socket without a goodbye, as a killed process would.
    (doomed as unknown as { connection: { stream: net.Socket } }).connection.stream.destroy();
    const next = await connect();
    expect(
      (await next.query("SELECT count(*)::int AS c FROM notes WHERE body = 'from a crashed client'")).rows,
    ).toEqual([{ c: 0 }]);
    expect(db.isInTransaction()).toBe(false);
    await next.end();
  });

  it("cuts off a client that holds an open transaction without a word, so the others are not blocked for ever", async () => {
    const idle = await connect();
    await idle.query("BEGIN");
    await idle.query("INSERT INTO notes VALUES ('left hanging')");
    const other = await connect();
    const { rows } = await other.query("SELECT count(*)::int AS c FROM notes WHERE body = 'left hanging'");
    expect(rows).toEqual([{ c: 0 }]);
    await expect(idle.query("SELECT 1")).rejects.toThrow();
    await other.end();
  });

  it("refuses connections past its limit with a PostgreSQL error, not a broken socket", async () => {
    const open = await Promise.all([connect(), connect(), connect(), connect()]);
    await expect(connect()).rejects.toThrow(/too many clients/);
    await Promise.all(open.map((client) => client.end()));
  });
});
