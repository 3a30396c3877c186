import "server-only";
import type { Db } from "../db";
import { PUBLIC_STATUSES } from "../sessions/data";

/** The published sessions with a meeting on a day (a day in each session's own time zone). */
export async function listPublicSlugsMeetingOn(db: Db, date: string): Promise<string[]> {
  const rows = await db.session.findMany({
    where: { status: { in: [...PUBLIC_STATUSES] }, slots: { some: { date: new Date(date) } } },
    orderBy: { slug: "asc" },
    select: { slug: true },
  });
  return rows.map((row) => row.slug);
}
