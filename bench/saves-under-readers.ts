import { randomUUID } from "node:crypto";
import path from "node:path";
import { updateItem } from "../lib/agenda/mutations";
import { startEmbeddedPostgres } from "../lib/database/embedded-postgres";
import { migrate } from "../lib/database/migrator";
import { disconnectDb, getDb, type Db } from "../lib/db";
import { getPublicSession } from "../lib/sessions/data";
import { createTestActor, removeTestUsers } from "../lib/testing/actors";
import { removeBodyWithEverything } from "../lib/testing/cleanup";

/**
 * A secretariat saving while a room full of delegates reloads the session page: how much slower a save gets
 * under readers, as the ratio of its median (and 95th percentile) under load to the same saves on a quiet
 * database, measured in one run. Always on a fresh embedded database the bench starts itself; also on
 * PostgreSQL when BENCH_DATABASE_URL names one (it writes a test body there and removes it).
 *   node --conditions=react-server --import tsx bench/saves-under-readers.ts [seconds, default 10] [readers, default 200]
 */

const seconds = Number(process.argv[2] ?? 10);
const readers = Number(process.argv[3] ?? 200);
const MIGRATIONS = path.resolve(import.meta.dirname, "../prisma/migrations");

interface Fixture {
  db: Db;
  slug: string;
  itemId: string;
  version: number;
  cleanUp: () => Promise<void>;
}

async function arrange(): Promise<Fixture> {
  const db = getDb();
  const tag = randomUUID().slice(0, 8);
  const actor = await createTestActor(db, "SECRETARIAT");
  const body = await db.body.create({ data: { name: { en: `Bench ${tag}` }, symbolPrefix: `BENCH/${tag}` } });
  const slug = `bench-${tag}`;
  const session = await db.session.create({
    data: {
      bodyId: body.id,
      ordinal: 1,
      slug,
      title: { en: "Bench" },
      venue: { en: "Vienna" },
      timeZone: "Europe/Vienna",
      startDate: new Date("2031-07-02"),
      endDate: new Date("2031-07-03"),
      originalLanguage: "en",
      status: "PROVISIONAL",
    },
  });
  const items = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      db.agendaItem.create({
        data: {
          sessionId: session.id,
          position: i + 1,
          title: { en: `Item ${i + 1}` },
          annotation: { en: "Annotation ".repeat(40) },
        },
      }),
    ),
  );
  const first = items[0];
  if (!first) throw new Error("no item");
  const fixture: Fixture = {
    db,
    slug,
    itemId: first.id,
    version: first.version,
    cleanUp: async () => {
      await removeBodyWithEverything(db, body.id);
      await removeTestUsers(db, [actor]);
    },
  };
  saveAs = (n) =>
    updateItem(db, actor, {
      id: fixture.itemId,
      version: fixture.version,
      title: `Item 1, save ${n}`,
      annotation: "",
    }).then((r) => {
      fixture.version = r.version;
    });
  return fixture;
}
let saveAs: (n: number) => Promise<void> = async () => undefined;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
}

async function timedSaves(until: () => boolean, errors: Map<string, number>): Promise<number[]> {
  const latencies: number[] = [];
  for (let n = 0; until(); n++) {
    const started = performance.now();
    try {
      await saveAs(n);
      latencies.push(performance.now() - started);
    } catch (error) {
      const code =
        (error as { code?: string }).code ?? (error instanceof Error ? error.message.slice(0, 60) : "unknown");
      errors.set(code, (errors.get(code) ?? 0) + 1);
    }
  }
  return latencies.sort((a, b) => a - b);
}

async function measure(name: string): Promise<void> {
  const fixture = await arrange();
  try {
    const quietErrors = new Map<string, number>();
    let quietCount = 0;
    const quiet = await timedSaves(() => quietCount++ < 50, quietErrors);
    const deadline = Date.now() + seconds * 1000;
    let reads = 0;
    const wrongReads: string[] = [];
    const loadErrors = new Map<string, number>();
    const [busy] = await Promise.all([
      timedSaves(() => Date.now() < deadline, loadErrors),
      ...Array.from({ length: readers }, async () => {
        while (Date.now() < deadline) {
          const page = await getPublicSession(fixture.db, fixture.slug, false);
          if (page?.slug !== fixture.slug) wrongReads.push(String(page?.slug));
          reads++;
        }
      }),
    ]);
    const ratio = (p: number) => (percentile(busy, p) / percentile(quiet, p)).toFixed(1);
    console.log(
      `${name}: ${busy.length} saves and ${(reads / seconds).toFixed(0)} reads/s with ${readers} readers; ` +
        `save median ${ratio(0.5)}× and p95 ${ratio(0.95)}× the quiet database's (${percentile(busy, 0.5).toFixed(0)} ms vs ${percentile(quiet, 0.5).toFixed(0)} ms here); ` +
        `failed saves ${JSON.stringify(Object.fromEntries(loadErrors))}, wrong reads ${wrongReads.length}`,
    );
  } finally {
    await fixture.cleanUp();
    await disconnectDb();
  }
}

const embedded = await startEmbeddedPostgres();
try {
  process.env.DATABASE_URL = embedded.url;
  await migrate(embedded.url, MIGRATIONS);
  await measure("embedded database");
} finally {
  await embedded.stop();
}
const postgres = process.env.BENCH_DATABASE_URL;
if (postgres) {
  process.env.DATABASE_URL = postgres;
  await migrate(postgres, MIGRATIONS);
  await measure("PostgreSQL");
}
