import "./load-env";
import { disconnectDb, getDb } from "../lib/db";
import { DEFAULT_SCALE, type ScaleOptions } from "../lib/scale/plan";
import { AlreadyGeneratedError, generateScaleData } from "../lib/scale/mutations";
import { log, migrateDatabase } from "./runtime";

/**
 * `npm run db:generate -- --sessions 1000` fills the PostgreSQL named by DATABASE_URL with generated sessions,
 * agendas, documents and slots at the scale of a busy secretariat, for measuring (bench/scale.ts). It runs once
 * per database and never touches existing rows. The embedded database is refused: it serves one connection and
 * keeps its data in the demo's folder, where hundreds of thousands of generated rows do not belong.
 */
function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 1 || value > 100_000) {
    process.stderr.write(`--${name} takes a whole number from 1 to 100000.\n`);
    process.exit(2);
  }
  return value;
}

if (!process.env.DATABASE_URL) {
  process.stderr.write(
    "[plenary] db:generate needs a PostgreSQL server: set DATABASE_URL (e.g. postgresql://user:pass@127.0.0.1:5432/plenary_scale).\n" +
      "The embedded database is not filled with generated data.\n",
  );
  process.exit(2);
}

const options: ScaleOptions = {
  sessions: option("sessions", DEFAULT_SCALE.sessions),
  itemsPerSession: option("items-per-session", DEFAULT_SCALE.itemsPerSession),
  documentsPerSession: option("documents-per-session", DEFAULT_SCALE.documentsPerSession),
  slotsPerSession: option("slots-per-session", DEFAULT_SCALE.slotsPerSession),
  sessionsPerBody: option("sessions-per-body", DEFAULT_SCALE.sessionsPerBody),
};

try {
  await migrateDatabase();
  const started = Date.now();
  const counts = await generateScaleData(getDb(), options, log);
  log(`Generated in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}.`);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`[plenary] ${message}\n`);
  process.exitCode = error instanceof AlreadyGeneratedError ? 3 : 1;
} finally {
  await disconnectDb();
}
