import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export type Db = PrismaClient;

const globalForDb = globalThis as unknown as { plenaryDb?: PrismaClient };

/** Pool size per app instance. */
export const DB_POOL_SIZE = 10;

/**
 * Under a burst of readers a write may wait its turn for a connection (or, on the embedded database, for
 * the single backend) for longer than Prisma's default 2 s. It waits up to this long and then fails with a
 * retryable "unavailable", never a half-done write.
 */
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 30_000 } as const;
const CONNECT_TIMEOUT_MS = 30_000;

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: start Plenary with `npm start`, which provides a database.");
  }
  const adapter = new PrismaPg({ connectionString, max: DB_POOL_SIZE, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  return new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS });
}

/** A separate client that reports every SQL statement it sends, for tests that count queries. */
export function createQueryCountingDb(): { db: Db; queries: string[]; disconnect: () => Promise<void> } {
  const adapter = new PrismaPg({ connectionString: process.env.DATABASE_URL, max: 2 });
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  const queries: string[] = [];
  client.$on("query", (event) => queries.push(event.query));
  return { db: client as unknown as Db, queries, disconnect: () => client.$disconnect() };
}

/**
 * The one Prisma client of this process, created on first use so that scripts can choose the
 * database (embedded or DATABASE_URL) before anything connects.
 */
export function getDb(): PrismaClient {
  globalForDb.plenaryDb ??= createClient();
  return globalForDb.plenaryDb;
}

export async function disconnectDb(): Promise<void> {
  await globalForDb.plenaryDb?.$disconnect();
  globalForDb.plenaryDb = undefined;
}
