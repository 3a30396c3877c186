import "server-only";
import type { Db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { toLocalizedText } from "../i18n/localized-text";
import { asLocale, isLocale, type Locale } from "../i18n/locales";
import { overlayHeader, overlayIssued } from "../revisions/content";
import { contentOfRow, dayIn, issuedContentSelect, issueSummarySelect, publicRevisions } from "../revisions/data";
import type { IssuedContent, IssuedHeader } from "../revisions/types";
import { publishedText } from "../translations/published-text";
import { isoDay } from "../validation/dates";
import { readListedDocuments } from "./listed-documents/data";
import { meetingSelect, meetingStateOf, type MeetingState } from "./meeting-state";
import type { BodySummary, PublicSession, PublicSessionSummary } from "./types";

// Explicit selections: public pages never receive columns they do not show. `translationStates` is read only to
// leave out translations not yet marked final: a draft is work in progress, never shown to the public.
export const bodySelect = {
  id: true,
  name: true,
  symbolPrefix: true,
  sessionTerm: true,
  originalLanguage: true,
  translationStates: true,
  workingLanguages: true,
} satisfies Prisma.BodySelect;

export const summarySelect = {
  slug: true,
  ordinal: true,
  title: true,
  venue: true,
  timeZone: true,
  startDate: true,
  endDate: true,
  status: true,
  originalLanguage: true,
  translationStates: true,
  body: { select: { ...bodySelect, parent: { select: bodySelect } } },
  // A published session is listed as last issued: its title, venue and dates wait for the revision too.
  issues: { orderBy: { sequence: "desc" }, take: 1, select: { header: true } },
} satisfies Prisma.SessionSelect;

export const PUBLIC_STATUSES = ["PROVISIONAL", "ADOPTED", "CLOSED"] as const;

/** One field of a row as the public may read it: the original and the final translations, no drafts. */
function published(row: { translationStates: unknown }, value: unknown, field: string, originalLanguage: Locale) {
  return publishedText(toLocalizedText(value), field, row.translationStates, originalLanguage);
}

export function toBody(row: Prisma.BodyGetPayload<{ select: typeof bodySelect }>): BodySummary {
  const original = asLocale(row.originalLanguage);
  return {
    id: row.id,
    name: published(row, row.name, "name", original),
    symbolPrefix: row.symbolPrefix,
    sessionTerm: row.sessionTerm,
    originalLanguage: original,
    workingLanguages: row.workingLanguages.filter(isLocale),
  };
}

export function toSummary(row: Prisma.SessionGetPayload<{ select: typeof summarySelect }>): PublicSessionSummary {
  const original = asLocale(row.originalLanguage);
  const live: IssuedHeader = {
    title: toLocalizedText(row.title),
    venue: toLocalizedText(row.venue),
    startDate: isoDay(row.startDate),
    endDate: isoDay(row.endDate),
    translationStates: row.translationStates as IssuedHeader["translationStates"],
  };
  const issued = row.issues[0]?.header as Partial<IssuedHeader> | undefined;
  const header = issued?.title ? overlayHeader(live, issued as IssuedHeader, original) : live;
  return {
    slug: row.slug,
    ordinal: row.ordinal,
    title: published(header, header.title, "title", original),
    venue: published(header, header.venue, "venue", original),
    timeZone: row.timeZone,
    startDate: header.startDate,
    endDate: header.endDate,
    status: row.status,
    originalLanguage: original,
    body: { ...toBody(row.body), parent: row.body.parent ? toBody(row.body.parent) : null },
  };
}

/** Which public sessions to list: a page (`limit` rows after `offset`) and/or the sessions starting in one year. */
export interface PublicSessionsQuery {
  limit?: number;
  offset?: number;
  year?: number;
}

function publicSessionsWhere(query: PublicSessionsQuery): Prisma.SessionWhereInput {
  const where: Prisma.SessionWhereInput = { status: { in: [...PUBLIC_STATUSES] } };
  if (query.year !== undefined)
    where.startDate = { gte: new Date(Date.UTC(query.year, 0, 1)), lt: new Date(Date.UTC(query.year + 1, 0, 1)) };
  return where;
}

/**
 * Sessions the public may see (everything but drafts), latest first; all of them unless the query asks for a page
 * or a year. The id breaks ties, so consecutive pages never repeat or skip a session.
 */
export async function listPublicSessions(db: Db, query: PublicSessionsQuery = {}): Promise<PublicSessionSummary[]> {
  const rows = await db.session.findMany({
    where: publicSessionsWhere(query),
    orderBy: [{ startDate: "desc" }, { ordinal: "desc" }, { id: "asc" }],
    ...(query.offset ? { skip: query.offset } : {}),
    ...(query.limit !== undefined ? { take: query.limit } : {}),
    select: summarySelect,
  });
  return rows.map(toSummary);
}

/** How many sessions `listPublicSessions` lists for the query without its limit: for the pages' navigation. */
export function countPublicSessions(db: Db, query: Pick<PublicSessionsQuery, "year"> = {}): Promise<number> {
  return db.session.count({ where: publicSessionsWhere(query) });
}

/**
 * One published session with its agenda, documents and organization of work, read in a fixed number
 * of queries whatever its size: as last issued (lib/revisions), with the meeting's state as it is now.
 * `canSeeRestricted` decides whether Restricted documents keep their links.
 */
export async function getPublicSession(db: Db, slug: string, canSeeRestricted: boolean): Promise<PublicSession | null> {
  return readSessionAsPublished(db, { slug, status: { in: [...PUBLIC_STATUSES] } }, canSeeRestricted, "issued");
}

/** A session in any status, drafts and pending revisions included, exactly as the public would read it once issued. */
export async function getSessionPreview(db: Db, id: string): Promise<PublicSession | null> {
  const session = await readSessionAsPublished(db, { id }, false, "live");
  if (session?.status !== "DRAFT") return session;
  // Published, a draft becomes a provisional agenda: that is what it will read.
  return { ...session, status: "PROVISIONAL", meeting: { ...session.meeting, status: "PROVISIONAL" } };
}

async function readSessionAsPublished(
  db: Db,
  where: Prisma.SessionWhereInput,
  canSeeRestricted: boolean,
  reading: "issued" | "live",
): Promise<PublicSession | null> {
  const row = await db.session.findFirst({
    where,
    select: {
      ...summarySelect,
      ...meetingSelect,
      ...issuedContentSelect,
      agendaSymbol: true,
      items: {
        ...issuedContentSelect.items,
        select: { ...issuedContentSelect.items.select, status: true, takenUpAt: true, concludedAt: true },
      },
      issues: { orderBy: { sequence: "desc" }, select: { ...issueSummarySelect, content: true, header: true } },
    },
  });
  if (!row) return null;
  const original = asLocale(row.originalLanguage);
  const live = contentOfRow(row);
  const latest = row.issues[0];
  // Never issued (a draft, or rows written straight into the database): the rows are what there is to read.
  const content =
    reading === "issued" && latest ? overlayIssued(live, latest.content as unknown as IssuedContent, original) : live;
  const inForce = row.issues.find((issue) => issue.kind !== "CORRIGENDUM");
  const revised = inForce?.kind === "REVISION" ? inForce : undefined;
  const header = { translationStates: content.translationStates };
  const summary = {
    ...toSummary(row),
    title: published(header, content.title, "title", original),
    venue: published(header, content.venue, "venue", original),
    startDate: content.startDate,
    endDate: content.endDate,
  };
  const meeting = meetingStateOf(row);
  const statusOf = new Map(meeting.items.map((item) => [item.id, item.status]));
  // Items have no language of their own: they are written in the session's.
  const items = content.items.map((item) => ({
    id: item.id,
    parentId: item.parentId,
    position: item.position,
    title: published(item, item.title, "title", original),
    annotation: published(item, item.annotation, "annotation", original),
    status: statusOf.get(item.id) ?? "PENDING",
    documentIds: item.documentIds,
  }));
  return {
    ...summary,
    id: row.id,
    meeting,
    agendaSymbol: latest ? (inForce?.symbol ?? null) : row.agendaSymbol,
    revisedOn: revised ? dayIn(revised.issuedAt, row.timeZone) : null,
    revisions: publicRevisions(row.issues, row.timeZone),
    documentTitle: published(header, content.documentTitle, "documentTitle", original),
    plenaryMeetings: content.plenaryMeetings,
    interpretationLanguages: content.interpretationLanguages.filter(isLocale),
    // Notes have no translation states: only the session's own language of them is final.
    notes: content.notes.map((note) => ({
      kind: note.kind,
      date: note.date,
      text: publishedText(note.text, "text", {}, original),
    })),
    items,
    documents: await readListedDocuments(db, items, canSeeRestricted),
    slots: content.slots.map(({ id, date, startMinutes, endMinutes, itemIds, updatedAt }) => ({
      id,
      date,
      startMinutes,
      endMinutes,
      itemIds,
      updatedAt,
    })),
  };
}

/** The meeting's state in one query, or null when there is no such session. */
export async function getMeetingState(
  db: Db | Prisma.TransactionClient,
  sessionId: string,
): Promise<MeetingState | null> {
  const row = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      ...meetingSelect,
      items: {
        select: { id: true, status: true, takenUpAt: true, concludedAt: true },
        orderBy: [{ parentId: "asc" }, { position: "asc" }],
      },
    },
  });
  return row ? meetingStateOf(row) : null;
}
