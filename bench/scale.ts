import { PrismaPg } from "@prisma/adapter-pg";
import { getDocumentRegistry } from "../lib/documents/data";
import { PrismaClient } from "../lib/generated/prisma/client";
import { REFERENCE_SESSION_SLUG } from "../lib/seed/reference-session";
import { getPublicSession, listPublicSessions } from "../lib/sessions/data";
import {
  listPublicSessionYears,
  listRecentPublicSessions,
  listUpcomingPublicSessions,
} from "../lib/sessions/public-list-data";
import { listWorkspaceSessions } from "../lib/sessions/workspace/data";

/**
 * Reads at scale, as ratios to a seed-only database, measured side by side in one run:
 *   SMALL_DATABASE_URL=postgresql://…/seed_only LARGE_DATABASE_URL=postgresql://…/generated \
 *   node --conditions=react-server --import tsx bench/scale.ts [--runs 41]
 * SMALL holds the reference session only (`npm run db:seed`); LARGE the same plus `npm run db:generate -- --sessions
 * 1000`. Each case runs on both databases in turn, in alternating order, and prints the medians and their ratio
 * (large / small): what a reader waits for on a cache miss, and what the workspace waits for, as the data grows.
 * "paired ratio" is the median of large/small over runs (each run reads both back to back); "best ratio" compares
 * the fastest read of each side.
 */

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const runs = arg("runs", 41);

function client(url: string | undefined, name: string): PrismaClient {
  if (!url) {
    process.stderr.write(`Set ${name} (see the comment at the top of bench/scale.ts).\n`);
    process.exit(2);
  }
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }) });
}

const small = client(process.env.SMALL_DATABASE_URL, "SMALL_DATABASE_URL");
const large = client(process.env.LARGE_DATABASE_URL, "LARGE_DATABASE_URL");

async function counts(db: PrismaClient) {
  const [sessions, items, documents, versions, links, slots] = await Promise.all([
    db.session.count(),
    db.agendaItem.count(),
    db.document.count(),
    db.documentVersion.count(),
    db.agendaItemDocument.count(),
    db.timeSlot.count(),
  ]);
  return { sessions, items, documents, versions, links, slots };
}

/** The reference session's id, and a typical generated one's (a published session of a generated body). */
async function subjects(db: PrismaClient) {
  const reference = await db.session.findUniqueOrThrow({
    where: { slug: REFERENCE_SESSION_SLUG },
    select: { id: true },
  });
  const typical = await db.session.findFirst({
    where: { status: { not: "DRAFT" }, body: { symbolPrefix: "E/CN.7/WG.2" } },
    orderBy: { ordinal: "desc" },
    select: { id: true, slug: true },
  });
  return { reference: { id: reference.id, slug: REFERENCE_SESSION_SLUG }, typical };
}

/** What the public list page reads (lib/sessions/loaders.ts loadPublicSessions): upcoming, 20 recent, the years. */
const TODAY = new Date().toISOString().slice(0, 10);
function publicList(db: PrismaClient) {
  return Promise.all([
    listUpcomingPublicSessions(db as never, TODAY),
    listRecentPublicSessions(db as never, TODAY, 20),
    listPublicSessionYears(db as never),
  ]);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function time(read: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await read();
  return performance.now() - started;
}

interface Case {
  name: string;
  small: () => Promise<unknown>;
  large: () => Promise<unknown>;
}

async function measure(cases: Case[]) {
  const samples = cases.map(() => ({ small: [] as number[], large: [] as number[] }));
  // Warm both pools and caches first, then alternate which database goes first.
  for (const c of cases) for (let n = 0; n < 3; n++) await Promise.all([c.small(), c.large()]).catch(() => {});
  for (let run = 0; run < runs; run++) {
    for (const [index, c] of cases.entries()) {
      const sample = samples[index]!;
      if (run % 2 === 0) {
        sample.small.push(await time(c.small));
        sample.large.push(await time(c.large));
      } else {
        sample.large.push(await time(c.large));
        sample.small.push(await time(c.small));
      }
    }
  }
  return cases.map((c, index) => {
    const { small: smalls, large: larges } = samples[index]!;
    const s = median(smalls);
    const l = median(larges);
    // On a busy machine a burst of other work lands on one side or the other; the pairs (the two reads run back to
    // back) and the fastest of each side are steadier than the medians alone.
    const paired = median(larges.map((value, n) => value / smalls[n]!));
    const best = Math.min(...larges) / Math.min(...smalls);
    return {
      read: c.name,
      "seed-only ms": s.toFixed(2),
      "large ms": l.toFixed(2),
      ratio: (l / s).toFixed(2),
      "paired ratio": paired.toFixed(2),
      "best ratio": best.toFixed(2),
    };
  });
}

try {
  const [smallCounts, largeCounts] = await Promise.all([counts(small), counts(large)]);
  console.log("Rows:");
  console.table({ "seed-only": smallCounts, large: largeCounts });
  const s = await subjects(small);
  const l = await subjects(large);
  if (!l.typical) throw new Error("The large database has no generated session: run npm run db:generate first.");
  const typical = l.typical;
  const cases: Case[] = [
    {
      name: "session page: reference session",
      small: () => getPublicSession(small as never, s.reference.slug, false),
      large: () => getPublicSession(large as never, l.reference.slug, false),
    },
    {
      name: "session page: generated (large) vs reference (seed-only)",
      small: () => getPublicSession(small as never, s.reference.slug, false),
      large: () => getPublicSession(large as never, typical.slug, false),
    },
    {
      name: "public sessions list as the page reads it",
      small: () => publicList(small),
      large: () => publicList(large),
    },
    {
      name: "public sessions list, first 50",
      small: () => listPublicSessions(small as never, { limit: 50 }),
      large: () => listPublicSessions(large as never, { limit: 50 }),
    },
    {
      name: "public sessions list, all (unpaged)",
      small: () => listPublicSessions(small as never),
      large: () => listPublicSessions(large as never),
    },
    {
      name: "workspace session list, page 1",
      small: () => listWorkspaceSessions(small as never, 1),
      large: () => listWorkspaceSessions(large as never, 1),
    },
    {
      name: "document registry, page 1: reference session",
      small: () => getDocumentRegistry(small as never, s.reference.id, 1),
      large: () => getDocumentRegistry(large as never, l.reference.id, 1),
    },
    {
      name: "document registry, page 1: generated (large) vs reference (seed-only)",
      small: () => getDocumentRegistry(small as never, s.reference.id, 1),
      large: () => getDocumentRegistry(large as never, typical.id, 1),
    },
  ];
  console.log(`Median of ${runs} runs each, both databases on the same PostgreSQL, side by side:`);
  console.table(await measure(cases));
} finally {
  await Promise.all([small.$disconnect(), large.$disconnect()]);
}
