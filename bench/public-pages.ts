import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import autocannon from "autocannon";
import { disconnectDb, getDb } from "../lib/db";
import { seedReferenceSession } from "../lib/seed/mutations";
import { REFERENCE_SESSION_SLUG } from "../lib/seed/reference-session";
import { buildIfNeeded } from "../scripts/build";
import { ensureAuthSecret, migrateDatabase, provideDatabase, ROOT } from "../scripts/runtime";
import { measurePropagation } from "./propagation";
import { pageWeight } from "./page-weight";
import { startInstance, type Instance } from "./instances";

/**
 * How fast public pages are served, side by side in one run (absolute figures drift with the machine, ratios
 * much less): the reference session page in Chinese and the sessions list, against a static file of the same
 * bytes served by the same server and the same bytes from a bare Node.js server; then the page's weight, and
 * how long a write takes to show on two instances sharing the database.
 *   node --conditions=react-server --import tsx bench/public-pages.ts [--seconds 10] [--connections 50]
 * Without DATABASE_URL it starts and seeds a throwaway embedded database. With DATABASE_URL it reads the
 * reference session there and writes only a body and session of its own, removed afterwards.
 */

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const seconds = arg("seconds", 10);
const connections = arg("connections", 50);
const port = Number(process.env.PORT ?? 3400);
const SESSION_PATH = `/zh/sessions/${REFERENCE_SESSION_SLUG}`;
const STATIC_NAME = "bench-same-bytes.html";

interface Row {
  name: string;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  cpuPerRequest: number | null;
}

async function load(name: string, url: string, server: Instance | null): Promise<Row> {
  const cpuBefore = server?.cpuMs() ?? 0;
  const result = await autocannon({ url, connections, duration: seconds });
  const requests = result.requests.total;
  const cpu = server ? server.cpuMs() - cpuBefore : null;
  return {
    name,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    cpuPerRequest: cpu === null || requests === 0 ? null : cpu / requests,
  };
}

function bareServer(bytes: Buffer, listenPort: number): Promise<http.Server> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": bytes.length });
    response.end(bytes);
  });
  return new Promise((resolve) => server.listen(listenPort, "127.0.0.1", () => resolve(server)));
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
  process.stderr.write("The database named by DATABASE_URL has no reference session.\n");
  process.exit(1);
}
await buildIfNeeded();

const publicDir = path.join(ROOT, "public");
const staticFile = path.join(publicDir, STATIC_NAME);
const instances: Instance[] = [];
let bare: http.Server | null = null;
try {
  // The page's own bytes, to serve them as a file: Next.js reads public/ when it starts.
  const first = await startInstance(port);
  const pageBytes = Buffer.from(await (await fetch(`${first.base}${SESSION_PATH}`)).arrayBuffer());
  await first.stop();
  mkdirSync(publicDir, { recursive: true });
  writeFileSync(staticFile, pageBytes);
  instances.push(await startInstance(port), await startInstance(port + 1));
  const [a] = instances as [Instance, Instance];
  bare = await bareServer(pageBytes, port + 2);

  for (const url of [`${a.base}${SESSION_PATH}`, `${a.base}/zh`, `${a.base}/${STATIC_NAME}`]) await fetch(url); // warm
  const rows = [
    await load(`session page ${SESSION_PATH}`, `${a.base}${SESSION_PATH}`, a),
    await load("sessions list /zh", `${a.base}/zh`, a),
    await load("same bytes, static file, same server", `${a.base}/${STATIC_NAME}`, a),
    await load("same bytes, bare Node.js server", `http://127.0.0.1:${port + 2}/`, null),
  ];
  const staticRate = rows[2]?.perSecond ?? 1;
  const bareRate = rows[3]?.perSecond ?? 1;
  console.log(
    `\n${connections} connections, ${seconds} s per row, ${embedded ? "embedded PostgreSQL" : "PostgreSQL from DATABASE_URL"}; page ${pageBytes.length} bytes`,
  );
  console.log("| what | req/s | p50 ms | p99 ms | × static file | × bare Node | server CPU ms/req | errors |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const row of rows)
    console.log(
      `| ${row.name} | ${row.perSecond.toFixed(0)} | ${row.p50} | ${row.p99} | ${(row.perSecond / staticRate).toFixed(2)} | ${(row.perSecond / bareRate).toFixed(3)} | ${row.cpuPerRequest === null ? "–" : row.cpuPerRequest.toFixed(2)} | ${row.errors} |`,
    );

  const weight = await pageWeight(a.base, SESSION_PATH);
  console.log(
    `\nPage weight of ${SESSION_PATH}: HTML ${weight.htmlBytes} bytes (${weight.htmlGzip} gzip), of which inline RSC payload ${weight.rscBytes} bytes (${((100 * weight.rscBytes) / weight.htmlBytes).toFixed(0)} %); first-load JavaScript for modern browsers ${weight.scripts} files, ${(weight.jsGzip / 1024).toFixed(1)} kB gzip`,
  );

  const propagation = await measurePropagation(getDb(), instances, 10);
  console.log(
    `\nA write seen on both instances (10 writes, from the write's commit to both serving it): p50 ${propagation.p50.toFixed(0)} ms, max ${propagation.max.toFixed(0)} ms`,
  );
} finally {
  await Promise.all(instances.map((instance) => instance.stop()));
  bare?.close();
  rmSync(staticFile, { force: true });
  await disconnectDb();
  await embedded?.stop();
}
