import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { recordAudit } from "../audit/mutations";
import { createQueryCountingDb, disconnectDb, getDb } from "../db";
import { getMeetingState } from "../meeting/data";
import { removeBodyWithEverything } from "../testing/cleanup";
import { LiveHub, type LiveSink } from "./hub";
import { LiveListener } from "./listener";
import { createTestBody, createTestSession, eventually, pause } from "../testing/live";

const db = getDb();
const counting = createQueryCountingDb();
let listener: LiveListener;
let hub: LiveHub;
let bodyId: string;
let sessionId: string;
let otherSessionId: string;

beforeAll(async () => {
  bodyId = await createTestBody(db, "Live hub");
  sessionId = await createTestSession(db, bodyId, "PROVISIONAL");
  otherSessionId = await createTestSession(db, bodyId, "PROVISIONAL");
  listener = new LiveListener({ connectionString: () => process.env.DATABASE_URL, baseDelayMs: 100 });
  hub = new LiveHub({ db: () => counting.db, listener, maxStreams: 1000, maxPerAddress: 1000 });
});

afterAll(async () => {
  await listener.stop();
  await counting.disconnect();
  await removeBodyWithEverything(db, bodyId);
  await disconnectDb();
});

interface Viewer extends LiveSink {
  events: Array<{ name: string; data: unknown }>;
}

function viewer(): Viewer {
  const events: Viewer["events"] = [];
  return {
    events,
    send(bytes) {
      const chunk = new TextDecoder().decode(bytes);
      const name = /^event: (\w+)/.exec(chunk)?.[1];
      const data = /^data: (.*)$/m.exec(chunk)?.[1];
      if (name) events.push({ name, data: data ? JSON.parse(data) : null });
      return true;
    },
    close() {},
  };
}

async function chairActs(id: string): Promise<number> {
  return db.$transaction(async (tx) => {
    const session = await tx.session.update({
      where: { id },
      data: { meetingRevision: { increment: 1 } },
      select: { meetingRevision: true },
    });
    await recordAudit(tx, {
      actorId: null,
      sessionId: id,
      entityType: "Session",
      entityId: id,
      action: "meeting.test",
    });
    return session.meetingRevision;
  });
}

const meetingRevisions = (v: Viewer) =>
  v.events.filter((e) => e.name === "meeting").map((e) => (e.data as { revision: number }).revision);

describe("the live hub", () => {
  it("sends each new state once to every viewer of the session, at the cost of one state read", async () => {
    const viewers = Array.from({ length: 200 }, viewer);
    const bystander = viewer();
    await Promise.all(viewers.map((v) => hub.subscribe(sessionId, v)));
    await hub.subscribe(otherSessionId, bystander);
    await eventually(() => listener.connected);
    await pause(300);
    // What one getMeetingState costs, in SQL statements.
    counting.queries.length = 0;
    await getMeetingState(counting.db, sessionId);
    const perRead = counting.queries.length;
    counting.queries.length = 0;

    const revision = await chairActs(sessionId);
    await eventually(() => viewers.every((v) => meetingRevisions(v).includes(revision)));
    await pause(300);
    expect(counting.queries.length).toBe(perRead);
    for (const v of viewers) expect(meetingRevisions(v).filter((r) => r === revision)).toHaveLength(1);
    expect(meetingRevisions(bystander).includes(revision)).toBe(false);
  });

  it("turns a burst of actions into states sent in order, ending with the last", async () => {
    const v = viewer();
    await hub.subscribe(sessionId, v);
    let last = 0;
    for (let i = 0; i < 5; i++) last = await chairActs(sessionId);
    await eventually(() => meetingRevisions(v).includes(last));
    const seen = meetingRevisions(v);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it("tells the sessions that list a changed document to refresh, with one query for all of them", async () => {
    const v = viewer();
    const bystander = viewer();
    await hub.subscribe(sessionId, v);
    await hub.subscribe(otherSessionId, bystander);
    const item = await db.agendaItem.create({
      data: { sessionId, position: 1, title: { en: "Opening" } },
      select: { id: true },
    });
    const document = await db.document.create({
      data: { bodyId, symbol: `LIVE/${Date.now()}`, title: { en: "Paper" } },
      select: { id: true },
    });
    await db.agendaItemDocument.create({ data: { itemId: item.id, documentId: document.id, position: 1 } });
    counting.queries.length = 0;
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actorId: null,
        sessionId: null,
        entityType: "Document",
        entityId: document.id,
        action: "documents.update",
      }),
    );
    await eventually(() => v.events.some((e) => e.name === "content"));
    await pause(200);
    expect(v.events.filter((e) => e.name === "content")).toEqual([{ name: "content", data: { sessionId } }]);
    expect(bystander.events.some((e) => e.name === "content")).toBe(false);
    expect(counting.queries).toHaveLength(1);
  });

  it("keeps streams busy with one heartbeat for all, and drops a stream that can no longer be written", async () => {
    const beating = new LiveHub({ db: () => counting.db, listener, heartbeatMs: 50 });
    let pings = 0;
    const alive: LiveSink = {
      send: (bytes) => {
        if (new TextDecoder().decode(bytes) === ": ping\n\n") pings++;
        return true;
      },
      close() {},
    };
    let closed = false;
    let writable = true;
    const dead: LiveSink = { send: () => writable, close: () => void (closed = true) };
    await beating.subscribe(sessionId, alive);
    await beating.subscribe(sessionId, dead);
    writable = false;
    await eventually(() => pings >= 2 && closed);
    expect(beating.counters.dropped).toBe(1);
  });

  it("refuses streams beyond the limits per address and per instance, and frees a place when one ends", () => {
    const small = new LiveHub({ db: () => counting.db, listener, maxStreams: 3, maxPerAddress: 2 });
    const first = small.admit("203.0.113.7");
    expect(first.admitted).toBe(true);
    expect(small.admit("203.0.113.7").admitted).toBe(true);
    expect(small.admit("203.0.113.7")).toMatchObject({ admitted: false, status: 429 });
    expect(small.admit("198.51.100.1").admitted).toBe(true);
    expect(small.admit("198.51.100.2")).toMatchObject({ admitted: false, status: 503 });
    if (first.admitted) first.release();
    expect(small.admit("198.51.100.2").admitted).toBe(true);
  });

  it("after losing the database connection, reconnects and tells every viewer to resync, with the current state", async () => {
    // The embedded database is one backend for everyone: terminating it would cut every connection.
    const a = new pg.Client({ connectionString: process.env.DATABASE_URL });
    const b = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await Promise.all([a.connect(), b.connect()]);
    const pids = await Promise.all([a, b].map(async (c) => (await c.query("SELECT pg_backend_pid() AS p")).rows[0].p));
    try {
      if (pids[0] === pids[1]) return;
      const v = viewer();
      await hub.subscribe(sessionId, v);
      await eventually(() => listener.connected);
      const connects = listener.counters.connects;
      const pid = await listener.backendPid();
      await a.query("SELECT pg_terminate_backend($1)", [pid]);
      await eventually(() => listener.counters.connects > connects);
      await eventually(() => v.events.some((e) => e.name === "resync"));
      const resyncAt = v.events.findIndex((e) => e.name === "resync");
      await eventually(() => v.events.slice(resyncAt).some((e) => e.name === "meeting"));
      // Live again: the next action arrives.
      const revision = await chairActs(sessionId);
      await eventually(() => meetingRevisions(v).includes(revision));
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
  });
});
