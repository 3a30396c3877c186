import "server-only";
import type { Db } from "../db";
import { toLocalizedText, type LocalizedText } from "../i18n/localized-text";
import { asLocale, isLocale, type Locale } from "../i18n/locales";
import { pageInfo, pageOffset, PAGE_SIZE, type PageInfo } from "../pagination/page";
import { isoDay } from "../validation/dates";
import { findSymbols } from "./symbol";
import type { Distribution, DocumentKind } from "./types";

/** The secretariat's document registry of one session's body, with what the registry page needs about the session. */

export interface RegistryDocument {
  id: string;
  version: number;
  symbol: string;
  kind: DocumentKind;
  distribution: Distribution;
  issuedBy: LocalizedText;
  issuedOn: string | null;
  title: LocalizedText;
  description: LocalizedText;
  originalLanguage: Locale;
  versions: Array<{ locale: Locale; url: string | null }>;
  /** Agenda items of this session the document is listed under, with its place among the item's documents. */
  attachments: Array<{ itemId: string; position: number }>;
  /** How many agenda items of the body's other sessions list it. */
  otherAttachments: number;
}

export interface RegistryItem {
  id: string;
  parentId: string | null;
  position: number;
  title: LocalizedText;
  /** Documents listed under the item, of any body. */
  documentCount: number;
}

/** A symbol an annotation of this session mentions that no registry knows yet. */
export interface MentionedSymbol {
  symbol: string;
  itemIds: string[];
}

export interface DocumentRegistry {
  sessionId: string;
  originalLanguage: Locale;
  body: { id: string; symbolPrefix: string; name: LocalizedText; originalLanguage: Locale };
  /** One page of the body's documents, in documentation-list order. */
  documents: RegistryDocument[];
  page: PageInfo;
  items: RegistryItem[];
  mentioned: MentionedSymbol[];
}

// Symbols an annotation mentions are listed as the documentation list orders them: …/2018/2 before …/2018/10. The
// registered documents come in the same order from the database (Document.symbolKey), a page at a time.
const bySymbol = new Intl.Collator("en", { numeric: true }).compare;

function mentionedSymbols(items: ReadonlyArray<{ id: string; annotation: unknown }>): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const item of items) {
    for (const text of Object.values(toLocalizedText(item.annotation))) {
      for (const { symbol } of findSymbols(text)) {
        const itemIds = found.get(symbol) ?? [];
        if (!itemIds.includes(item.id)) itemIds.push(item.id);
        found.set(symbol, itemIds);
      }
    }
  }
  return found;
}

const registrySelect = {
  id: true,
  version: true,
  symbol: true,
  kind: true,
  distribution: true,
  issuedBy: true,
  issuedOn: true,
  title: true,
  description: true,
  originalLanguage: true,
  versions: { orderBy: { locale: "asc" }, select: { locale: true, url: true } },
  items: { select: { itemId: true, position: true, item: { select: { sessionId: true } } } },
} as const;

/**
 * A page of the registry (50 documents) with the session's agenda: a fixed number of queries whatever the size of
 * the registry or the agenda. A page past the end shows the last one.
 */
export async function getDocumentRegistry(
  db: Db,
  sessionId: string,
  requestedPage = 1,
  size = PAGE_SIZE,
): Promise<DocumentRegistry | null> {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      originalLanguage: true,
      body: { select: { id: true, symbolPrefix: true, name: true, originalLanguage: true } },
      items: {
        select: {
          id: true,
          parentId: true,
          position: true,
          title: true,
          annotation: true,
          // Not `_count`: Prisma counts that by grouping the whole AgendaItemDocument table; this reads the
          // session's links only, through the primary key.
          documents: { select: { documentId: true } },
        },
      },
    },
  });
  if (!session) return null;
  const mentions = mentionedSymbols(session.items);
  const bodyId = session.body.id;
  const read = (page: PageInfo) =>
    db.document.findMany({
      where: { bodyId },
      orderBy: [{ symbolKey: "asc" }, { symbol: "asc" }],
      skip: pageOffset(page),
      take: page.size,
      select: registrySelect,
    });
  const [total, first, registered] = await Promise.all([
    db.document.count({ where: { bodyId } }),
    read(pageInfo(requestedPage, Infinity, size)),
    db.document.findMany({ where: { symbol: { in: [...mentions.keys()] } }, select: { symbol: true } }),
  ]);
  const page = pageInfo(requestedPage, total, size);
  const documents = page.number === requestedPage ? first : await read(page);
  const known = new Set(registered.map((doc) => doc.symbol));
  return {
    sessionId: session.id,
    originalLanguage: asLocale(session.originalLanguage),
    body: {
      ...session.body,
      name: toLocalizedText(session.body.name),
      originalLanguage: asLocale(session.body.originalLanguage),
    },
    documents: documents.map((doc) => {
      const here = doc.items.filter((link) => link.item.sessionId === session.id);
      return {
        id: doc.id,
        version: doc.version,
        symbol: doc.symbol,
        kind: doc.kind,
        distribution: doc.distribution,
        issuedBy: toLocalizedText(doc.issuedBy),
        issuedOn: doc.issuedOn ? isoDay(doc.issuedOn) : null,
        title: toLocalizedText(doc.title),
        description: toLocalizedText(doc.description),
        originalLanguage: asLocale(doc.originalLanguage),
        versions: doc.versions.flatMap((v) => (isLocale(v.locale) ? [{ locale: v.locale, url: v.url }] : [])),
        attachments: here.map((link) => ({ itemId: link.itemId, position: link.position })),
        otherAttachments: doc.items.length - here.length,
      };
    }),
    page,
    items: session.items.map((item) => ({
      id: item.id,
      parentId: item.parentId,
      position: item.position,
      title: toLocalizedText(item.title),
      documentCount: item.documents.length,
    })),
    mentioned: [...mentions]
      .filter(([symbol]) => !known.has(symbol))
      .map(([symbol, itemIds]) => ({ symbol, itemIds }))
      .sort((a, b) => bySymbol(a.symbol, b.symbol)),
  };
}
