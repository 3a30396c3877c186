import "server-only";
import type { Db } from "../db";
import { AppError } from "../errors";
import { getScheduleFacts } from "../schedule/data";
import { scheduleWarnings, type ScheduleWarning } from "../schedule/warnings";

/** The warnings shown before "Publish provisional agenda"; the session must exist. */
export async function publishWarnings(db: Db, sessionId: string): Promise<ScheduleWarning[]> {
  const facts = await getScheduleFacts(db, sessionId);
  if (!facts) throw new AppError("not-found");
  return scheduleWarnings(facts);
}
