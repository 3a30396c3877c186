import net from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { PgliteWireServer } from "./pglite-wire-server";
import { listenCommands, takeNotifications } from "./wire-notifications";

let db: PGlite;
let server: PgliteWireServer;
let port: number;
let url: string;

beforeAll(async () => {
  db = await PGlite.create();
  server = new PgliteWireServer(db, { maxConnections: 20 });
  port = await server.listen();
  url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}, 60_000);

afterAll(async () => {
  await server.close();
  await db.close();
});

async function listener(channel: string): Promise<{ client: pg.Client; received: string[] }> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => undefined);
  const received: string[] = [];
  client.on("notification", (message) => received.push(`${message.channel}:${message.payload ?? ""}`));
  await client.connect();
  await client.query(`LISTEN ${channel}`);
  return { client, received };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe("LISTEN/NOTIFY across the embedded database's socket connections", () => {
  it("delivers a committed notification once to every listener, and nothing for a rolled-back one", async () => {
    const first = await listener("wire_a");
    const second = await listener("wire_a");
    const pool = new pg.Pool({ connectionString: url, max: 3 });
    try {
      const writer = await pool.connect();
      await writer.query("BEGIN");
      await writer.query("SELECT pg_notify('wire_a', $1)", ["committed"]);
      await writer.query("SELECT pg_notify('wire_a', $1)", ["committed"]);
      await settle();
      expect(first.received).toEqual([]);
      await writer.query("COMMIT");
      await writer.query("BEGIN");
      await writer.query("SELECT pg_notify('wire_a', 'rolled back')");
      await writer.query("ROLLBACK");
      writer.release();
      await pool.query("SELECT pg_notify('wire_a', 'autocommit')");
      await settle();
      expect(first.received).toEqual(["wire_a:committed", "wire_a:autocommit"]);
      expect(second.received).toEqual(["wire_a:committed", "wire_a:autocommit"]);
    } finally {
      await Promise.all([first.client.end(), second.client.end(), pool.end()]);
    }
  });

  it("never writes a notification to a connection that did not listen, nor for another channel", async () => {
    const listening = await listener("wire_b");
    const other = await listener("wire_other");
    // A raw socket sees every byte the server writes: it must never contain a NotificationResponse.
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    const bytes: Buffer[] = [];
    const raw = await rawSession(bytes);
    try {
      await pool.query("SELECT pg_notify('wire_b', 'hello')");
      raw.write(simpleQuery("SELECT pg_notify('wire_b', 'from raw')"));
      await settle();
      expect(listening.received).toEqual(["wire_b:hello", "wire_b:from raw"]);
      expect(other.received).toEqual([]);
      expect(takeNotifications(Buffer.concat(bytes)).notifications).toEqual([]);
    } finally {
      raw.destroy();
      await Promise.all([listening.client.end(), other.client.end(), pool.end()]);
    }
  });

  it("keeps delivering to the others when one listener unlistens or goes away", async () => {
    const staying = await listener("wire_c");
    const leaving = await listener("wire_c");
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    try {
      await leaving.client.query("UNLISTEN wire_c");
      await pool.query("SELECT pg_notify('wire_c', 'one')");
      await leaving.client.end();
      await pool.query("SELECT pg_notify('wire_c', 'two')");
      await settle();
      expect(staying.received).toEqual(["wire_c:one", "wire_c:two"]);
      expect(leaving.received).toEqual([]);
    } finally {
      await Promise.all([staying.client.end(), pool.end()]);
    }
  });

  it("reads LISTEN and UNLISTEN from simple queries", () => {
    expect(listenCommands(simpleQuery('listen Plenary_Live; UNLISTEN "X y"; unlisten *'))).toEqual([
      { kind: "listen", channel: "plenary_live" },
      { kind: "unlisten", channel: "X y" },
      { kind: "unlisten", channel: "*" },
    ]);
    expect(listenCommands(simpleQuery("SELECT 'not LISTEN x'"))).toEqual([]);
  });
});

function simpleQuery(sql: string): Buffer {
  const text = Buffer.from(`${sql}\0`, "utf8");
  const header = Buffer.alloc(5);
  header.write("Q", 0, "latin1");
  header.writeInt32BE(4 + text.length, 1);
  return Buffer.concat([header, text]);
}

// A bare protocol-3 session (trust authentication), recording everything the server sends.
async function rawSession(bytes: Buffer[]): Promise<net.Socket> {
  const socket = net.connect(port, "127.0.0.1");
  await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
  const params = Buffer.from("user\0postgres\0database\0postgres\0\0", "utf8");
  const startup = Buffer.alloc(8);
  startup.writeInt32BE(8 + params.length, 0);
  startup.writeInt32BE(196608, 4);
  const ready = new Promise<void>((resolve) =>
    socket.on("data", (chunk) => {
      bytes.push(chunk);
      if (chunk.includes("Z")) resolve();
    }),
  );
  socket.write(Buffer.concat([startup, params]));
  await ready;
  return socket;
}
