import "server-only";
import type { Db } from "../db";
import { PUBLIC_STATUSES, summarySelect, toSummary } from "./data";
import type { IsoDate, PublicSessionSummary } from "./types";

/**
 * The public list of sessions, bounded whatever the number of sessions: what is under way or to come, the
 * latest that ended, and the rest by year.
 */

const published = { status: { in: [...PUBLIC_STATUSES] } };

/** Sessions that have not ended by `today`, soonest first. */
export async function listUpcomingPublicSessions(db: Db, today: IsoDate): Promise<PublicSessionSummary[]> {
  const rows = await db.session.findMany({
    where: { ...published, endDate: { gte: new Date(today) } },
    orderBy: [{ startDate: "asc" }, { ordinal: "asc" }],
    select: summarySelect,
  });
  return rows.map(toSummary);
}

/** The `limit` sessions that ended last before `today`, latest first. */
export async function listRecentPublicSessions(db: Db, today: IsoDate, limit: number): Promise<PublicSessionSummary[]> {
  const rows = await db.session.findMany({
    where: { ...published, endDate: { lt: new Date(today) } },
    orderBy: [{ startDate: "desc" }, { ordinal: "desc" }],
    take: limit,
    select: summarySelect,
  });
  return rows.map(toSummary);
}

/** Every public session that began in `year`, latest first. */
export async function listPublicSessionsOfYear(db: Db, year: number): Promise<PublicSessionSummary[]> {
  const rows = await db.session.findMany({
    where: {
      ...published,
      startDate: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) },
    },
    orderBy: [{ startDate: "desc" }, { ordinal: "desc" }],
    select: summarySelect,
  });
  return rows.map(toSummary);
}

/** The years in which public sessions began, latest first. */
export async function listPublicSessionYears(db: Db): Promise<number[]> {
  const rows = await db.$queryRaw<Array<{ year: number }>>`
    SELECT DISTINCT CAST(EXTRACT(YEAR FROM "startDate") AS integer) AS year
    FROM "Session" WHERE status IN ('PROVISIONAL', 'ADOPTED', 'CLOSED') ORDER BY year DESC`;
  return rows.map((row) => Number(row.year));
}
