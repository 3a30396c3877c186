import "server-only";
import type { Db } from "../../db";
import { toLocalizedText, type LocalizedText } from "../../i18n/localized-text";
import { asLocale, isLocale, type Locale } from "../../i18n/locales";
import { pageInfo, pageOffset, PAGE_SIZE, type PageInfo } from "../../pagination/page";
import { isoDay } from "../../validation/dates";
import type { SessionStatus, SessionTerm } from "../types";

/** Workspace reads: everything the secretariat edits, drafts included. */

export interface WorkspaceSessionRow {
  id: string;
  slug: string;
  ordinal: number;
  title: LocalizedText;
  originalLanguage: Locale;
  status: SessionStatus;
  startDate: string;
  endDate: string;
  body: { id: string; symbolPrefix: string; name: LocalizedText; originalLanguage: Locale };
  itemCount: number;
  updatedAt: string;
}

const workspaceRowSelect = {
  id: true,
  slug: true,
  ordinal: true,
  title: true,
  originalLanguage: true,
  status: true,
  startDate: true,
  endDate: true,
  updatedAt: true,
  body: { select: { id: true, symbolPrefix: true, name: true, originalLanguage: true } },
} as const;

/**
 * One page of every session, drafts included, latest first (the order the Session_startDate_ordinal_idx index
 * gives, with the id to break ties, so no row shows on two pages). A page past the end shows the last one.
 */
export async function listWorkspaceSessions(
  db: Db,
  requestedPage = 1,
  size = PAGE_SIZE,
): Promise<{ sessions: WorkspaceSessionRow[]; page: PageInfo }> {
  const read = (page: PageInfo) =>
    db.session.findMany({
      orderBy: [{ startDate: "desc" }, { ordinal: "desc" }, { id: "asc" }],
      skip: pageOffset(page),
      take: page.size,
      select: workspaceRowSelect,
    });
  // Count and rows at once; only a page past the end (rare: a stale link) costs a second read.
  const [total, first] = await Promise.all([db.session.count(), read(pageInfo(requestedPage, Infinity, size))]);
  const page = pageInfo(requestedPage, total, size);
  const rows = page.number === requestedPage ? first : await read(page);
  // Items counted for this page's sessions only: Prisma's `_count` would group the whole AgendaItem table.
  const counts = await db.agendaItem.groupBy({
    by: ["sessionId"],
    where: { sessionId: { in: rows.map((row) => row.id) } },
    _count: { _all: true },
  });
  const itemCounts = new Map(counts.map((count) => [count.sessionId, count._count._all]));
  return { sessions: rows.map((row) => toWorkspaceRow(row, itemCounts.get(row.id) ?? 0)), page };
}

function toWorkspaceRow(
  row: {
    id: string;
    slug: string;
    ordinal: number;
    title: unknown;
    originalLanguage: string;
    status: SessionStatus;
    startDate: Date;
    endDate: Date;
    updatedAt: Date;
    body: { id: string; symbolPrefix: string; name: unknown; originalLanguage: string };
  },
  itemCount: number,
): WorkspaceSessionRow {
  return {
    id: row.id,
    slug: row.slug,
    ordinal: row.ordinal,
    title: toLocalizedText(row.title),
    originalLanguage: asLocale(row.originalLanguage),
    status: row.status,
    startDate: isoDay(row.startDate),
    endDate: isoDay(row.endDate),
    body: { ...row.body, name: toLocalizedText(row.body.name), originalLanguage: asLocale(row.body.originalLanguage) },
    itemCount,
    updatedAt: row.updatedAt.toISOString(),
  };
}
export interface EditableSession {
  id: string;
  version: number;
  slug: string;
  status: SessionStatus;
  ordinal: number;
  title: LocalizedText;
  venue: LocalizedText;
  timeZone: string;
  startDate: string;
  endDate: string;
  originalLanguage: Locale;
  plenaryMeetings: number;
  interpretationLanguages: Locale[];
  agendaSymbol: string | null;
  documentTitle: LocalizedText;
  body: { id: string; symbolPrefix: string; name: LocalizedText; originalLanguage: Locale; sessionTerm: SessionTerm };
}

export async function getEditableSession(db: Db, id: string): Promise<EditableSession | null> {
  const row = await db.session.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      slug: true,
      status: true,
      ordinal: true,
      title: true,
      venue: true,
      timeZone: true,
      startDate: true,
      endDate: true,
      originalLanguage: true,
      plenaryMeetings: true,
      interpretationLanguages: true,
      agendaSymbol: true,
      documentTitle: true,
      body: { select: { id: true, symbolPrefix: true, name: true, originalLanguage: true, sessionTerm: true } },
    },
  });
  if (!row) return null;
  return {
    ...row,
    title: toLocalizedText(row.title),
    venue: toLocalizedText(row.venue),
    documentTitle: toLocalizedText(row.documentTitle),
    startDate: isoDay(row.startDate),
    endDate: isoDay(row.endDate),
    originalLanguage: asLocale(row.originalLanguage),
    interpretationLanguages: row.interpretationLanguages.filter(isLocale),
    body: { ...row.body, name: toLocalizedText(row.body.name), originalLanguage: asLocale(row.body.originalLanguage) },
  };
}

export interface BodyOption {
  id: string;
  symbolPrefix: string;
  name: LocalizedText;
  originalLanguage: Locale;
  parentId: string | null;
}

export async function listBodies(db: Db): Promise<BodyOption[]> {
  const rows = await db.body.findMany({
    orderBy: { symbolPrefix: "asc" },
    select: { id: true, symbolPrefix: true, name: true, originalLanguage: true, parentId: true },
  });
  return rows.map((row) => ({
    ...row,
    name: toLocalizedText(row.name),
    originalLanguage: asLocale(row.originalLanguage),
  }));
}
