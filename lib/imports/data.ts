import "server-only";
import type { Db } from "../db";

/** Time zones an import may start from, before the secretariat reviews them. */
export type ZoneDefaults = {
  /** the zone most of the body's sessions were held in (the latest such session breaks a tie) */
  body: string | null;
  /** the zone of the session created last, whichever body: the secretariat's own usual venue */
  last: string | null;
};

/** Where a body usually meets, and where the last session was: an import starts there rather than in UTC. */
export async function zoneDefaults(db: Db, bodyId: string | null): Promise<ZoneDefaults> {
  const [ofBody, last] = await Promise.all([
    bodyId
      ? db.session.findMany({
          where: { bodyId },
          orderBy: { startDate: "desc" },
          take: 50,
          select: { timeZone: true },
        })
      : Promise.resolve([]),
    db.session.findFirst({ orderBy: { createdAt: "desc" }, select: { timeZone: true } }),
  ]);
  const counts = new Map<string, number>();
  for (const { timeZone } of ofBody) counts.set(timeZone, (counts.get(timeZone) ?? 0) + 1);
  let body: string | null = null;
  // Sessions come newest first, so on a tie the zone seen first (the most recent) stays.
  for (const [zone, n] of counts) if (body === null || n > (counts.get(body) ?? 0)) body = zone;
  return { body, last: last?.timeZone ?? null };
}
