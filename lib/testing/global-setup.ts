import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../database/embedded-postgres";
import { migrate } from "../database/migrator";

/**
 * Integration tests run against a real PostgreSQL: the one `npm test` provides through DATABASE_URL,
 * or, when Vitest is started on its own, a throwaway embedded one.
 */
let embedded: EmbeddedPostgres | undefined;

export async function setup(): Promise<void> {
  if (!process.env.DATABASE_URL) {
    embedded = await startEmbeddedPostgres();
    process.env.DATABASE_URL = embedded.url;
  }
  await migrate(process.env.DATABASE_URL, path.resolve(import.meta.dirname, "../../prisma/migrations"));
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
}
