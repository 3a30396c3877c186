import "server-only";
import type { Db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { AgendaItemPlacement } from "../agenda/numbering";
import { toLocalizedText, type LocalizedText } from "../i18n/localized-text";
import { asLocale, type Locale } from "../i18n/locales";
import type { PublicDocument } from "../documents/types";
import { PUBLIC_STATUSES } from "../sessions/data";
import { publishedText } from "../translations/published-text";
import { publicDocumentFields, toPublicDocument as toPublicDocumentOf } from "../translations/published-document";
import { foldText, matchesWords, queryWords, symbolKey } from "./search-text";

/**
 * Documents as the public reads them outside a session page (the API, the search): only documents listed under an
 * item of a published session, only final translations, never the links of Restricted documents.
 */

/** Listed under an item of a session the public may see: a document only a draft lists is not public yet. */
export const publicDocumentWhere = {
  items: { some: { item: { session: { status: { in: [...PUBLIC_STATUSES] } } } } },
} satisfies Prisma.DocumentWhereInput;

export const publicDocumentSelect = {
  ...publicDocumentFields,
  body: { select: { symbolPrefix: true } },
} satisfies Prisma.DocumentSelect;

type DocumentRow = Prisma.DocumentGetPayload<{ select: typeof publicDocumentSelect }>;

/** A session a document is listed in, with the items (and every item of that agenda, to number them). */
export interface Membership {
  slug: string;
  title: LocalizedText;
  originalLanguage: Locale;
  agenda: AgendaItemPlacement[];
  itemIds: string[];
}

export interface PublicDocumentDetail extends PublicDocument {
  bodyPrefix: string;
  memberships: Membership[];
}

export function toPublicDocument(doc: DocumentRow): PublicDocument & { bodyPrefix: string } {
  return { ...toPublicDocumentOf(doc), bodyPrefix: doc.body.symbolPrefix };
}

/** The published sessions and items each document is listed under, in two queries whatever the number of documents. */
export async function membershipsOf(db: Db, documentIds: string[]): Promise<Map<string, Membership[]>> {
  const links = await db.agendaItemDocument.findMany({
    where: { documentId: { in: documentIds }, item: { session: { status: { in: [...PUBLIC_STATUSES] } } } },
    select: { documentId: true, item: { select: { id: true, sessionId: true } } },
  });
  const sessionIds = [...new Set(links.map((link) => link.item.sessionId))];
  const sessions = await db.session.findMany({
    where: { id: { in: sessionIds } },
    orderBy: [{ startDate: "desc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      originalLanguage: true,
      translationStates: true,
      items: { select: { id: true, parentId: true, position: true } },
    },
  });
  const result = new Map<string, Membership[]>();
  for (const documentId of documentIds) {
    const mine = links.filter((link) => link.documentId === documentId);
    const memberships = sessions.flatMap((session): Membership[] => {
      const itemIds = mine.filter((link) => link.item.sessionId === session.id).map((link) => link.item.id);
      if (itemIds.length === 0) return [];
      const original = asLocale(session.originalLanguage);
      return [
        {
          slug: session.slug,
          title: publishedText(toLocalizedText(session.title), "title", session.translationStates, original),
          originalLanguage: original,
          agenda: session.items,
          itemIds,
        },
      ];
    });
    result.set(documentId, memberships);
  }
  return result;
}

/** One public document by its exact symbol, with where it is on the agenda; null when there is none to show. */
export async function getPublicDocument(db: Db, symbol: string): Promise<PublicDocumentDetail | null> {
  const row = await db.document.findFirst({
    where: { symbol, ...publicDocumentWhere },
    select: publicDocumentSelect,
  });
  if (!row) return null;
  const memberships = await membershipsOf(db, [row.id]);
  return { ...toPublicDocument(row), memberships: memberships.get(row.id) ?? [] };
}

/** Candidates read from the indexes before published text is checked; far more than a page shows. */
const CANDIDATES = 200;
export const SEARCH_PAGE = 50;

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Public documents matching a query, best first: the symbol typed exactly or loosely (its letters and digits,
 * anywhere in the symbol: "wg.4 2018 crp"), or every word of the query in the title or description in any language
 * (substrings, so Chinese needs no word breaks; Arabic diacritics and letter variants ignored). The indexes
 * (trigram and full-text, see the migration document_search) find candidates in all stored text; a candidate
 * matched only by a draft translation is then dropped, since drafts are not public.
 */
export async function searchPublicDocuments(
  db: Db,
  query: string,
): Promise<{ documents: PublicDocumentDetail[]; more: boolean }> {
  const words = queryWords(query);
  const key = symbolKey(query);
  if (words.length === 0 && key.length === 0) return { documents: [], more: false };
  const text = Prisma.sql`plenary_document_text(d."title", d."description")`;
  const wordMatch = words.length
    ? Prisma.join(
        words.map((word) => Prisma.sql`${text} LIKE ${likePattern(word)}`),
        " AND ",
      )
    : Prisma.sql`false`;
  const keyMatch =
    key.length >= 2 ? Prisma.sql`plenary_symbol_key(d."symbol") LIKE ${likePattern(key)}` : Prisma.sql`false`;
  const folded = foldText(query);
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    SELECT d."id" FROM "Document" d
    WHERE ((${keyMatch}) OR (${wordMatch}) OR to_tsvector('simple', ${text}) @@ plainto_tsquery('simple', ${folded}))
      AND EXISTS (
        SELECT 1 FROM "AgendaItemDocument" aid
        JOIN "AgendaItem" i ON i."id" = aid."itemId"
        JOIN "Session" s ON s."id" = i."sessionId"
        WHERE aid."documentId" = d."id" AND s."status"::text IN ('PROVISIONAL', 'ADOPTED', 'CLOSED'))
    ORDER BY plenary_symbol_key(d."symbol") = ${key} DESC,
      plenary_symbol_key(d."symbol") LIKE ${`${key}%`} DESC,
      ts_rank(to_tsvector('simple', ${text}), plainto_tsquery('simple', ${folded})) DESC,
      d."symbol"
    LIMIT ${CANDIDATES}`;
  const found = await db.document.findMany({
    where: { id: { in: rows.map((row) => row.id) } },
    select: publicDocumentSelect,
  });
  const byId = new Map(found.map((row) => [row.id, toPublicDocument(row)]));
  const matching = rows.flatMap((row) => {
    const doc = byId.get(row.id);
    if (!doc) return [];
    const bySymbol = key.length >= 2 && symbolKey(doc.symbol).includes(key);
    const texts = [...Object.values(doc.title), ...Object.values(doc.description)];
    return bySymbol || matchesWords(words, texts) ? [doc] : [];
  });
  const page = matching.slice(0, SEARCH_PAGE);
  const memberships = await membershipsOf(
    db,
    page.map((doc) => doc.id),
  );
  return {
    documents: page.map((doc) => ({ ...doc, memberships: memberships.get(doc.id) ?? [] })),
    more: matching.length > SEARCH_PAGE,
  };
}
