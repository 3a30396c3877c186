import { disconnectDb, getDb } from "../lib/db";
import { seedReferenceSession } from "../lib/seed/mutations";
import { REFERENCE_SESSION_SLUG } from "../lib/seed/reference-session";
import { buildIfNeeded } from "../scripts/build";
import { ensureAuthSecret, migrateDatabase, provideDatabase, spawnTool } from "../scripts/runtime";

/**
 * Throughput of the public pages, as ratios to the cheapest route the same server answers (the "/" language
 * redirect), measured side by side in one run: absolute figures drift with the machine, ratios much less.
 *   npx tsx bench/public-pages.ts [seconds per route, default 5] [concurrent clients, default 20]
 * It serves on PORT (default 3400) from a throwaway embedded database that it seeds itself. Settings files are
 * not read: a DATABASE_URL given on its command line is used as it is, never migrated or reseeded, and must
 * hold the reference session already.
 */

const seconds = Number(process.argv[2] ?? 5);
const clients = Number(process.argv[3] ?? 20);
const port = Number(process.env.PORT ?? 3400);
const base = `http://127.0.0.1:${port}`;
const ROUTES = [
  "/",
  "/en",
  "/zh/sessions/ctoc-cop-wg4-2018",
  "/en/sessions/ctoc-cop-wg4-2018",
  "/ar/sessions/ctoc-cop-wg4-2018",
];

async function load(path: string): Promise<{ perSecond: number; p95: number }> {
  const deadline = Date.now() + seconds * 1000;
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < deadline) {
        const started = performance.now();
        const response = await fetch(base + path, { redirect: "manual" });
        await response.arrayBuffer();
        if (response.status >= 400) throw new Error(`${path} answered ${response.status}`);
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { perSecond: latencies.length / seconds, p95: latencies[Math.floor(latencies.length * 0.95)] ?? 0 };
}

ensureAuthSecret();
const embedded = await provideDatabase(undefined);
if (embedded) {
  await migrateDatabase();
  await seedReferenceSession(getDb());
} else if (
  !(await getDb()
    .session.count({ where: { slug: REFERENCE_SESSION_SLUG } })
    .catch(() => 0))
) {
  process.stderr.write(
    "The database named by DATABASE_URL has no reference session; the bench never writes to a database it did not start.\n",
  );
  process.exit(1);
}
await disconnectDb();
await buildIfNeeded();
const server = spawnTool("next", ["start", "--port", String(port)], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
try {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (
      await fetch(`${base}/en`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  for (const path of ROUTES) await load(path); // warm-up: first renders compile and fill caches
  const results = [];
  for (const path of ROUTES) results.push({ path, ...(await load(path)) });
  const baseline = results[0]?.perSecond ?? 1;
  console.log(
    `\n${clients} clients, ${seconds} s per route, one server, ${embedded ? "embedded PostgreSQL" : "PostgreSQL from DATABASE_URL"}`,
  );
  for (const r of results) {
    console.log(
      `${r.path.padEnd(36)} ${r.perSecond.toFixed(0).padStart(6)} req/s  p95 ${r.p95.toFixed(0).padStart(4)} ms  ratio to "/" ${(r.perSecond / baseline).toFixed(2)}`,
    );
  }
} finally {
  server.kill("SIGTERM");
  await embedded?.stop();
}
