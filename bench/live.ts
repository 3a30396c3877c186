import type { ChildProcess } from "node:child_process";
import type { Actor } from "../lib/auth/types";
import { disconnectDb, getDb } from "../lib/db";
import { runMeetingCommand } from "../lib/meeting/mutations";
import { createTestActor, removeTestUsers } from "../lib/testing/actors";
import { removeBodyWithEverything } from "../lib/testing/cleanup";
import { createTestBody, createTestSession } from "../lib/testing/live";
import { buildIfNeeded } from "../scripts/build";
import { ensureAuthSecret, migrateDatabase, provideDatabase, spawnTool } from "../scripts/runtime";
import { connectViewer, percentile, treeRss, type Viewer } from "./live-viewers";

/**
 * How fast a chair's action reaches the viewers of a session, and what a viewer costs the server.
 *   node --conditions=react-server --import tsx bench/live.ts [--viewers 500] [--changes 5]
 * Serves a production build with `next start` on PORT (default 3500, and 3501 for a second instance) and
 * connects N raw SSE clients over loopback. Cases: the embedded database (started here, as `npm start` does);
 * then, if DATABASE_URL is given, PostgreSQL with one instance and with two sharing it (half the viewers each).
 * On PostgreSQL it creates a body and a session of its own and removes them afterwards.
 */

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const viewersWanted = arg("viewers", 500);
const changes = arg("changes", 5);
const basePort = Number(process.env.PORT ?? 3500);
const postgresUrl = process.env.DATABASE_URL;

interface Result {
  name: string;
  latencies: number[];
  delivered: number;
  expected: number;
  rssPerViewer: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function startServer(port: number): ChildProcess {
  return spawnTool("next", ["start", "--port", String(port)], {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    // Every bench viewer comes from 127.0.0.1.
    PLENARY_LIVE_MAX_PER_ADDRESS: String(viewersWanted + 100),
  });
}

async function waitReady(port: number): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const status = await fetch(`http://127.0.0.1:${port}/api/live/sessions/not-an-id`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 404) return;
    await pause(200);
  }
  throw new Error(`next start on ${port} did not answer`);
}

// The chair's action through the console's own mutation (what the server action runs once it has authorised the
// chair): lock, rules, write, audit and — through the audit record — the NOTIFY. Suspend and resume alternate.
async function chairActs(
  sessionId: string,
  chair: Actor,
  n: number,
): Promise<{ revision: number; committedAt: number }> {
  const result = await runMeetingCommand(getDb(), chair, sessionId, { type: n % 2 === 0 ? "suspend" : "resume" });
  return { revision: result.state.revision, committedAt: performance.now() };
}

async function runCase(name: string, instances: number): Promise<Result> {
  const db = getDb();
  const bodyId = await createTestBody(db, "Live bench");
  const sessionId = await createTestSession(db, bodyId, "PROVISIONAL");
  const chair = await createTestActor(db, "SECRETARIAT");
  const ports = Array.from({ length: instances }, (_, i) => basePort + i);
  const servers = ports.map(startServer);
  const viewers: Viewer[] = [];
  try {
    await Promise.all(ports.map(waitReady));
    // Warm-up: the first stream loads the route's modules and connects the listener.
    for (const port of ports) (await connectViewer(port, sessionId)).close();
    await pause(1000);
    const rssBefore = servers.reduce((sum, server) => sum + treeRss(server.pid ?? 0), 0);
    for (let i = 0; i < viewersWanted; i += 50) {
      const batch = Array.from({ length: Math.min(50, viewersWanted - i) }, (_, j) =>
        connectViewer(ports[(i + j) % instances] ?? basePort, sessionId),
      );
      viewers.push(...(await Promise.all(batch)));
    }
    await pause(1000);
    const rssAfter = servers.reduce((sum, server) => sum + treeRss(server.pid ?? 0), 0);
    const latencies: number[] = [];
    let delivered = 0;
    for (let n = 0; n < changes; n++) {
      const { revision, committedAt } = await chairActs(sessionId, chair, n);
      const until = Date.now() + 15_000;
      while (Date.now() < until && viewers.some((v) => !v.received.has(revision))) await pause(20);
      for (const v of viewers) {
        const at = v.received.get(revision);
        if (at === undefined) continue;
        delivered++;
        latencies.push(at - committedAt);
      }
      await pause(500);
    }
    return {
      name,
      latencies: latencies.sort((a, b) => a - b),
      delivered,
      expected: viewers.length * changes,
      rssPerViewer: (rssAfter - rssBefore) / viewers.length,
    };
  } finally {
    for (const v of viewers) v.close();
    for (const server of servers) server.kill("SIGTERM");
    await pause(500);
    await removeBodyWithEverything(db, bodyId);
    await removeTestUsers(db, [chair]);
  }
}

ensureAuthSecret();
process.env.NEXT_TELEMETRY_DISABLED = "1";
const results: Result[] = [];

delete process.env.DATABASE_URL;
const embedded = await provideDatabase(undefined);
try {
  await migrateDatabase();
  await buildIfNeeded();
  results.push(await runCase("embedded, 1 instance", 1));
} finally {
  await disconnectDb();
  await embedded?.stop();
}

if (postgresUrl) {
  process.env.DATABASE_URL = postgresUrl;
  await migrateDatabase();
  results.push(await runCase("PostgreSQL, 1 instance", 1));
  results.push(await runCase("PostgreSQL, 2 instances", 2));
  await disconnectDb();
} else {
  console.log("DATABASE_URL is not set: the PostgreSQL cases are skipped.");
}

console.log(`\n${viewersWanted} viewers, ${changes} changes each; latency from commit to receipt of the meeting event`);
console.log("case                       p50 ms  p95 ms  max ms  delivered     RSS/viewer");
for (const r of results) {
  const f = (ms: number) => ms.toFixed(1).padStart(7);
  console.log(
    `${r.name.padEnd(25)} ${f(percentile(r.latencies, 0.5))} ${f(percentile(r.latencies, 0.95))} ${f(r.latencies.at(-1) ?? NaN)}  ${`${r.delivered}/${r.expected}`.padEnd(12)}  ${(r.rssPerViewer / 1024).toFixed(0)} KB`,
  );
}
process.exit(0);
