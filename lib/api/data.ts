import "server-only";
import type { Db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { bodySelect, PUBLIC_STATUSES, summarySelect, toBody, toSummary } from "../sessions/data";
import type { BodySummary, PublicSessionSummary } from "../sessions/types";

/** What the public API reads beyond what the pages read: filtered, paginated lists. Public rows only. */

export interface SessionFilter {
  body?: string;
  year?: number;
  status?: (typeof PUBLIC_STATUSES)[number];
  page: number;
  pageSize: number;
}

/** Bodies with a published session, and the bodies above them: a body whose sessions are all drafts is not listed. */
export async function listPublicBodies(db: Db): Promise<Array<BodySummary & { parent: BodySummary | null }>> {
  const published = { sessions: { some: { status: { in: [...PUBLIC_STATUSES] } } } } satisfies Prisma.BodyWhereInput;
  const rows = await db.body.findMany({
    where: { OR: [published, { children: { some: published } }] },
    orderBy: { symbolPrefix: "asc" },
    select: { ...bodySelect, parent: { select: bodySelect } },
  });
  return rows.map((row) => ({ ...toBody(row), parent: row.parent ? toBody(row.parent) : null }));
}

/** One page of published sessions, latest first, and how many match in all. */
export async function listPublicSessionPage(
  db: Db,
  filter: SessionFilter,
): Promise<{ sessions: PublicSessionSummary[]; total: number }> {
  const where: Prisma.SessionWhereInput = {
    status: filter.status ? filter.status : { in: [...PUBLIC_STATUSES] },
    ...(filter.body ? { body: { symbolPrefix: filter.body } } : {}),
    // A session belongs to every year it spans.
    ...(filter.year
      ? {
          startDate: { lte: new Date(`${filter.year}-12-31`) },
          endDate: { gte: new Date(`${filter.year}-01-01`) },
        }
      : {}),
  };
  const [rows, total] = await Promise.all([
    db.session.findMany({
      where,
      orderBy: [{ startDate: "desc" }, { ordinal: "desc" }, { slug: "asc" }],
      skip: (filter.page - 1) * filter.pageSize,
      take: filter.pageSize,
      select: summarySelect,
    }),
    db.session.count({ where }),
  ]);
  return { sessions: rows.map(toSummary), total };
}
