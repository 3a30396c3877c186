import "server-only";
import type { Db } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import { toLocalizedText } from "../../i18n/localized-text";
import { asLocale } from "../../i18n/locales";
import { isoDay } from "../../validation/dates";
import type { ChairedSession, ChairPerson } from "./types";

const personSelect = { id: true, name: true, email: true } satisfies Prisma.UserSelect;

const chairedSelect = {
  id: true,
  slug: true,
  title: true,
  originalLanguage: true,
  startDate: true,
  endDate: true,
  status: true,
} satisfies Prisma.SessionSelect;

// Newest first: the session a chair is about to conduct is the one they look for.
const NEWEST_FIRST = [{ startDate: "desc" }, { createdAt: "desc" }] satisfies Prisma.SessionOrderByWithRelationInput[];

function toChaired(row: Prisma.SessionGetPayload<{ select: typeof chairedSelect }>): ChairedSession {
  return {
    id: row.id,
    slug: row.slug,
    title: toLocalizedText(row.title),
    originalLanguage: asLocale(row.originalLanguage),
    startDate: isoDay(row.startDate),
    endDate: isoDay(row.endDate),
    status: row.status,
  };
}

/** The chairs of a session, by name. */
export async function listSessionChairs(db: Db, sessionId: string): Promise<ChairPerson[]> {
  const rows = await db.sessionChair.findMany({
    where: { sessionId },
    select: { user: { select: personSelect } },
    orderBy: [{ user: { name: "asc" } }, { user: { email: "asc" } }],
  });
  return rows.map((row) => row.user);
}

/** Everyone who may be made a chair: accounts with the role CHAIR that are not disabled. */
export async function listChairCandidates(db: Db): Promise<ChairPerson[]> {
  return db.user.findMany({
    where: { role: "CHAIR", disabledAt: null },
    select: personSelect,
    orderBy: [{ name: "asc" }, { email: "asc" }],
  });
}

/** The sessions a user chairs, drafts included (a chair may prepare to conduct one), newest first. */
export async function listChairedSessions(db: Db, userId: string): Promise<ChairedSession[]> {
  const rows = await db.session.findMany({
    where: { chairs: { some: { userId } } },
    select: chairedSelect,
    orderBy: NEWEST_FIRST,
  });
  return rows.map(toChaired);
}

/** Every published session, newest first: what the secretariat may open in a console. */
export async function listPublishedSessionsForConsole(db: Db): Promise<ChairedSession[]> {
  const rows = await db.session.findMany({
    where: { status: { not: "DRAFT" } },
    select: chairedSelect,
    orderBy: NEWEST_FIRST,
  });
  return rows.map(toChaired);
}
