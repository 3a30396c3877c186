import "server-only";
import type { Db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { findSymbols } from "../documents/symbol";
import { toLocalizedText } from "../i18n/localized-text";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/locales";
import type { BodySummary, PublicDocument, PublicSession, PublicSessionSummary } from "./types";

// Explicit selections: public pages never receive columns they do not show.
const bodySelect = { name: true, symbolPrefix: true, sessionTerm: true, originalLanguage: true } satisfies Prisma.BodySelect;

const summarySelect = {
  slug: true,
  ordinal: true,
  title: true,
  venue: true,
  timeZone: true,
  startDate: true,
  endDate: true,
  status: true,
  originalLanguage: true,
  body: { select: { ...bodySelect, parent: { select: bodySelect } } },
} satisfies Prisma.SessionSelect;

const PUBLIC_STATUSES = ["PROVISIONAL", "ADOPTED", "CLOSED"] as const;

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function asLocale(value: string): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

function toBody(row: Prisma.BodyGetPayload<{ select: typeof bodySelect }>): BodySummary {
  return {
    name: toLocalizedText(row.name),
    symbolPrefix: row.symbolPrefix,
    sessionTerm: row.sessionTerm,
    originalLanguage: asLocale(row.originalLanguage),
  };
}

function toSummary(row: Prisma.SessionGetPayload<{ select: typeof summarySelect }>): PublicSessionSummary {
  return {
    slug: row.slug,
    ordinal: row.ordinal,
    title: toLocalizedText(row.title),
    venue: toLocalizedText(row.venue),
    timeZone: row.timeZone,
    startDate: isoDate(row.startDate),
    endDate: isoDate(row.endDate),
    status: row.status,
    originalLanguage: asLocale(row.originalLanguage),
    body: { ...toBody(row.body), parent: row.body.parent ? toBody(row.body.parent) : null },
  };
}

/** Sessions the public may see (everything but drafts), latest first. */
export async function listPublicSessions(db: Db): Promise<PublicSessionSummary[]> {
  const rows = await db.session.findMany({
    where: { status: { in: [...PUBLIC_STATUSES] } },
    orderBy: [{ startDate: "desc" }, { ordinal: "desc" }],
    select: summarySelect,
  });
  return rows.map(toSummary);
}

/**
 * One published session with its agenda, documents and organization of work, read in a fixed number
 * of queries whatever its size. `canSeeRestricted` decides whether Restricted documents keep their links.
 */
export async function getPublicSession(db: Db, slug: string, canSeeRestricted: boolean): Promise<PublicSession | null> {
  const row = await db.session.findFirst({
    where: { slug, status: { in: [...PUBLIC_STATUSES] } },
    select: {
      ...summarySelect,
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
          status: true,
          documents: { orderBy: { position: "asc" }, select: { documentId: true } },
        },
      },
      slots: {
        orderBy: [{ date: "asc" }, { startMinutes: "asc" }],
        select: { id: true, date: true, startMinutes: true, endMinutes: true, items: { orderBy: { position: "asc" }, select: { itemId: true } } },
      },
    },
  });
  if (!row) return null;
  const documentIds = [...new Set(row.items.flatMap((item) => item.documents.map((d) => d.documentId)))];
  // Registered documents that annotations only mention are listed too, so their symbols can link somewhere.
  const mentioned = [
    ...new Set(row.items.flatMap((item) => Object.values(toLocalizedText(item.annotation)).flatMap((text) => findSymbols(text).map((m) => m.symbol)))),
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
      versions: { orderBy: { locale: "asc" }, select: { locale: true, url: true } },
    },
  });
  return {
    ...toSummary(row),
    agendaSymbol: row.agendaSymbol,
    documentTitle: toLocalizedText(row.documentTitle),
    plenaryMeetings: row.plenaryMeetings,
    interpretationLanguages: row.interpretationLanguages.filter(isLocale),
    notes: row.notes.map((note) => ({ kind: note.kind, date: note.date ? isoDate(note.date) : null, text: toLocalizedText(note.text) })),
    items: row.items.map((item) => ({
      id: item.id,
      parentId: item.parentId,
      position: item.position,
      title: toLocalizedText(item.title),
      annotation: toLocalizedText(item.annotation),
      status: item.status,
      documentIds: item.documents.map((d) => d.documentId),
    })),
    documents: documents.map(
      (doc): PublicDocument => ({
        id: doc.id,
        symbol: doc.symbol,
        kind: doc.kind,
        distribution: doc.distribution,
        title: toLocalizedText(doc.title),
        description: toLocalizedText(doc.description),
        issuedBy: toLocalizedText(doc.issuedBy),
        issuedOn: doc.issuedOn ? isoDate(doc.issuedOn) : null,
        originalLanguage: asLocale(doc.originalLanguage),
        versions: doc.versions
          .filter((v) => isLocale(v.locale))
          .map((v) => ({ locale: v.locale as Locale, url: doc.distribution === "RESTRICTED" && !canSeeRestricted ? null : v.url })),
      }),
    ),
    slots: row.slots.map((slot) => ({
      id: slot.id,
      date: isoDate(slot.date),
      startMinutes: slot.startMinutes,
      endMinutes: slot.endMinutes,
      itemIds: slot.items.map((entry) => entry.itemId),
    })),
  };
}
