import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { REFERENCE_SESSION_SLUG } from "../lib/seed/reference-session";
import { getPublicSession, getSessionPreview } from "../lib/sessions/data";
import type { Db } from "../lib/db";

/**
 * What reading a session as issued costs against reading its live rows, in one run on one database:
 *   DATABASE_URL=postgresql://… node --conditions=react-server --import tsx bench/issued-read.ts [--runs 201]
 * Both read the reference session (seeded, so issued once) in the same number of queries; the issued read also
 * loads the issues' JSON and overlays the live translations and meeting state. Prints the medians and their ratio
 * (issued / live) for a public page's cache miss. Run once with `--revisions 3` to read a session reissued three
 * times (the revisions are issued here and removed afterwards).
 */

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const runs = arg("runs", 201);
const revisions = arg("revisions", 0);

const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL, max: 2 }) });
const session = await db.session.findUniqueOrThrow({ where: { slug: REFERENCE_SESSION_SLUG }, select: { id: true } });
const original = await db.sessionIssue.findFirstOrThrow({ where: { sessionId: session.id, sequence: 0 } });
for (let n = 1; n <= revisions; n++) {
  await db.sessionIssue.create({
    data: {
      sessionId: session.id,
      sequence: n,
      kind: "REVISION",
      number: n,
      symbol: `${original.symbol}/Rev.${n}`,
      content: original.content ?? {},
    },
  });
}

async function time(read: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await read();
  return Number(process.hrtime.bigint() - start) / 1e6;
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

try {
  const issued: number[] = [];
  const live: number[] = [];
  for (let run = 0; run < runs; run++) {
    // Alternating order, so neither side always reads a warmer cache.
    const pair = [
      async () => issued.push(await time(() => getPublicSession(db as unknown as Db, REFERENCE_SESSION_SLUG, false))),
      async () => live.push(await time(() => getSessionPreview(db as unknown as Db, session.id))),
    ];
    for (const step of run % 2 ? pair.reverse() : pair) await step();
  }
  const [a, b] = [median(issued.slice(10)), median(live.slice(10))];
  console.log(`reference session, ${revisions} revision(s), ${runs} runs (first 10 dropped)`);
  console.log(`  issued read  ${a.toFixed(2)} ms (median)`);
  console.log(`  live read    ${b.toFixed(2)} ms (median)`);
  console.log(`  ratio issued / live: ${(a / b).toFixed(2)}`);
} finally {
  await db.sessionIssue.deleteMany({ where: { sessionId: session.id, sequence: { gt: 0 } } });
  await db.$disconnect();
}
