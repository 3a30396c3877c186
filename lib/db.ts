import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export type Db = PrismaClient;

const globalForDb = globalThis as unknown as { plenaryDb?: PrismaClient };

/** Pool size per app instance; the embedded server is configured to accept at least this many. */
export const DB_POOL_SIZE = 10;

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: start Plenary with `npm start`, which provides a database.");
  }
  const adapter = new PrismaPg({ connectionString, max: DB_POOL_SIZE });
  return new PrismaClient({ adapter });
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
