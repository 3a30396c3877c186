import "server-only";
import type { Db } from "../db";
import { PUBLIC_STATUSES } from "../sessions/data";

/**
 * The published sessions with a meeting on a day (a day in each session's own time zone), as issued: a meeting a
 * pending revision adds or cancels is not in the journal until the revision is issued. A session without an issue
 * (written straight into the database) is read from its slots.
 */
export async function listPublicSlugsMeetingOn(db: Db, date: string): Promise<string[]> {
  const rows = await db.$queryRaw<Array<{ slug: string }>>`
    SELECT s.slug FROM "Session" s
    LEFT JOIN LATERAL (
      SELECT i.content FROM "SessionIssue" i WHERE i."sessionId" = s.id ORDER BY i.sequence DESC LIMIT 1
    ) latest ON true
    WHERE s.status::text = ANY(${[...PUBLIC_STATUSES]})
      AND CASE WHEN latest.content IS NULL
        THEN EXISTS (SELECT 1 FROM "TimeSlot" t WHERE t."sessionId" = s.id AND t.date = ${date}::date)
        ELSE latest.content->'slots' @> jsonb_build_array(jsonb_build_object('date', ${date}::text))
      END
    ORDER BY s.slug`;
  return rows.map((row) => row.slug);
}
