import { randomUUID } from "node:crypto";
import pg from "pg";
import type { Db } from "../db";
import { LIVE_CHANNEL } from "../audit/live-change";

/** For the live tests: a body and sessions of their own, and a plain client that listens like an app instance. */

export async function createTestBody(db: Db, label: string): Promise<string> {
  const tag = randomUUID().slice(0, 8);
  const body = await db.body.create({ data: { name: { en: `${label} ${tag}` }, symbolPrefix: `LIVE/${tag}` } });
  return body.id;
}

let ordinal = 0;

export async function createTestSession(db: Db, bodyId: string, status: "DRAFT" | "PROVISIONAL"): Promise<string> {
  ordinal++;
  const session = await db.session.create({
    data: {
      bodyId,
      ordinal,
      status,
      slug: `live-${randomUUID().slice(0, 12)}`,
      title: { en: "Live test" },
      venue: { en: "Vienna" },
      timeZone: "Europe/Vienna",
      startDate: new Date("2032-03-01"),
      endDate: new Date("2032-03-02"),
      originalLanguage: "en",
    },
  });
  return session.id;
}

export async function listenClient(): Promise<{ client: pg.Client; payloads: string[] }> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  client.on("error", () => undefined);
  const payloads: string[] = [];
  client.on("notification", (message) => {
    if (message.channel === LIVE_CHANNEL) payloads.push(message.payload ?? "");
  });
  await client.connect();
  await client.query(`LISTEN ${LIVE_CHANNEL}`);
  return { client, payloads };
}

/** Waits until `check` holds, polling; fails after `timeoutMs` (generous: the machine is shared and slow). */
export async function eventually(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
