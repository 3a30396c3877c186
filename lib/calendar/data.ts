import "server-only";
import type { Db } from "../db";
import { bodySelect, PUBLIC_STATUSES, toBody } from "../sessions/data";
import type { BodySummary } from "../sessions/types";

/** The published sessions of a body, by its symbol prefix ("CTOC/COP/WG.4"), oldest first; null when no such body. */
export async function listPublicSlugsOfBody(
  db: Db,
  symbolPrefix: string,
): Promise<{ body: BodySummary; slugs: string[] } | null> {
  const body = await db.body.findUnique({
    where: { symbolPrefix },
    select: {
      ...bodySelect,
      sessions: {
        where: { status: { in: [...PUBLIC_STATUSES] } },
        orderBy: [{ startDate: "asc" }, { ordinal: "asc" }],
        select: { slug: true },
      },
    },
  });
  return body ? { body: toBody(body), slugs: body.sessions.map((s) => s.slug) } : null;
}
