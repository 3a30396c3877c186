import "server-only";
import type { Db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { findSymbols } from "../documents/symbol";
import { versionLink } from "../documents/official-link";
import { toLocalizedText } from "../i18n/localized-text";
import { asLocale, isLocale, type Locale } from "../i18n/locales";
import { publishedText } from "../translations/published-text";
import { isoDay } from "../validation/dates";
import { meetingSelect, meetingStateOf, type MeetingState } from "./meeting-state";
import type { BodySummary, PublicDocument, PublicSession, PublicSessionSummary } from "./types";

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
  return {
    slug: row.slug,
    ordinal: row.ordinal,
    title: published(row, row.title, "title", original),
    venue: published(row, row.venue, "venue", original),
    timeZone: row.timeZone,
    startDate: isoDay(row.startDate),
    endDate: isoDay(row.endDate),
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
 * of queries whatever its size. `canSeeRestricted` decides whether Restricted documents keep their links.
 */
export async function getPublicSession(db: Db, slug: string, canSeeRestricted: boolean): Promise<PublicSession | null> {
  return readSessionAsPublished(db, { slug, status: { in: [...PUBLIC_STATUSES] } }, canSeeRestricted);
}

/** A session in any status, drafts included, exactly as the public would read it once published. */
export async function getSessionPreview(db: Db, id: string): Promise<PublicSession | null> {
  const session = await readSessionAsPublished(db, { id }, false);
  if (session?.status !== "DRAFT") return session;
  // Published, a draft becomes a provisional agenda: that is what it will read.
  return { ...session, status: "PROVISIONAL", meeting: { ...session.meeting, status: "PROVISIONAL" } };
}

async function readSessionAsPublished(
  db: Db,
  where: Prisma.SessionWhereInput,
  canSeeRestricted: boolean,
): Promise<PublicSession | null> {
  const row = await db.session.findFirst({
    where,
    select: {
      ...summarySelect,
      ...meetingSelect,
      agendaSymbol: true,
      documentTitle: true,
      plenaryMeetings: true,
      interpretationLanguages: true,
      notes: { orderBy: { position: "asc" }, select: { kind: true, date: true, text: true } },
      items: {
        orderBy: [{ position: "asc" }],
        select: {
          id: true,
          parentId: true,
          position: true,
          title: true,
          annotation: true,
          translationStates: true,
          status: true,
          takenUpAt: true,
          concludedAt: true,
          documents: { orderBy: { position: "asc" }, select: { documentId: true } },
        },
      },
      slots: {
        orderBy: [{ date: "asc" }, { startMinutes: "asc" }],
        select: {
          id: true,
          date: true,
          startMinutes: true,
          endMinutes: true,
          updatedAt: true,
          items: { orderBy: { position: "asc" }, select: { itemId: true } },
        },
      },
    },
  });
  if (!row) return null;
  const summary = toSummary(row);
  // Items have no language of their own: they are written in the session's.
  const items = row.items.map((item) => ({
    id: item.id,
    parentId: item.parentId,
    position: item.position,
    title: published(item, item.title, "title", summary.originalLanguage),
    annotation: published(item, item.annotation, "annotation", summary.originalLanguage),
    status: item.status,
    documentIds: item.documents.map((d) => d.documentId),
  }));
  const documentIds = [...new Set(items.flatMap((item) => item.documentIds))];
  // Registered documents that annotations only mention are listed too, so their symbols can link somewhere;
  // a symbol that only a draft translation mentions lists nothing.
  const mentioned = [
    ...new Set(
      items.flatMap((item) => Object.values(item.annotation).flatMap((text) => findSymbols(text).map((m) => m.symbol))),
    ),
  ];
  const documents = await db.document.findMany({
    where: { OR: [{ id: { in: documentIds } }, { symbol: { in: mentioned } }] },
    orderBy: { symbol: "asc" },
    select: {
      id: true,
      symbol: true,
      kind: true,
      distribution: true,
      title: true,
      description: true,
      issuedBy: true,
      issuedOn: true,
      originalLanguage: true,
      translationStates: true,
      versions: { orderBy: { locale: "asc" }, select: { locale: true, url: true } },
    },
  });
  return {
    ...summary,
    id: row.id,
    meeting: meetingStateOf(row),
    agendaSymbol: row.agendaSymbol,
    documentTitle: published(row, row.documentTitle, "documentTitle", summary.originalLanguage),
    plenaryMeetings: row.plenaryMeetings,
    interpretationLanguages: row.interpretationLanguages.filter(isLocale),
    // Notes have no translation states: only the session's own language of them is final.
    notes: row.notes.map((note) => ({
      kind: note.kind,
      date: note.date ? isoDay(note.date) : null,
      text: publishedText(toLocalizedText(note.text), "text", {}, summary.originalLanguage),
    })),
    items,
    documents: documents.map((doc): PublicDocument => {
      const original = asLocale(doc.originalLanguage);
      return {
        id: doc.id,
        symbol: doc.symbol,
        kind: doc.kind,
        distribution: doc.distribution,
        title: published(doc, doc.title, "title", original),
        description: published(doc, doc.description, "description", original),
        issuedBy: published(doc, doc.issuedBy, "issuedBy", original),
        issuedOn: doc.issuedOn ? isoDay(doc.issuedOn) : null,
        originalLanguage: original,
        versions: doc.versions
          .filter((v) => isLocale(v.locale))
          .map((v) =>
            versionLink(
              doc.symbol,
              { locale: v.locale as Locale, url: v.url },
              doc.distribution === "RESTRICTED" && !canSeeRestricted,
            ),
          ),
      };
    }),
    slots: row.slots.map((slot) => ({
      id: slot.id,
      date: isoDay(slot.date),
      startMinutes: slot.startMinutes,
      endMinutes: slot.endMinutes,
      itemIds: slot.items.map((entry) => entry.itemId),
      updatedAt: slot.updatedAt.toISOString(),
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
