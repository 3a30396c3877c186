import "./load-env";
import { disconnectDb, getDb } from "../lib/db";
import { ensureDemoUsers } from "../lib/auth/mutations";
import { seedReferenceSession } from "../lib/seed/mutations";
import { log, migrateDatabase, openDatabase } from "./runtime";

/** `npm run db:migrate` applies pending migrations; `npm run db:seed [-- --demo]` also (re)loads the
 * reference session, and with --demo the demo accounts. */
const command = process.argv[2];
if (command !== "migrate" && command !== "seed") {
  process.stderr.write("Usage: tsx scripts/db.ts migrate|seed\n");
  process.exit(2);
}

const embedded = await openDatabase();
try {
  await migrateDatabase(async () => {
    if (command !== "seed") return;
    // Under the migration lock, so an instance starting meanwhile does not seed at the same time.
    const { sessionId } = await seedReferenceSession(getDb());
    log("The reference session is loaded.");
    if (process.argv.includes("--demo")) {
      await ensureDemoUsers(getDb(), [sessionId]);
      log("Demo accounts are present (password: plenary-demo).");
    }
  });
} catch (error) {
  process.stderr.write(`[plenary] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await disconnectDb();
  await embedded?.stop();
}
