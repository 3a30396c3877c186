import "server-only";
import type { Db } from "../db";
import { findSymbols } from "../documents/symbol";
import { toLocalizedText, type LocalizedText } from "../i18n/localized-text";
import { asLocale, type Locale } from "../i18n/locales";
import type { SessionStatus } from "../generated/prisma/enums";

/** What the secretariat's agenda editor reads: every item with its text in all languages, drafts included. */

export interface EditorItem {
  id: string;
  parentId: string | null;
  position: number;
  version: number;
  title: LocalizedText;
  annotation: LocalizedText;
  /** Links that deleting the item would remove. */
  documentCount: number;
  slotCount: number;
}

export interface AgendaEditorData {
  session: { id: string; slug: string; status: SessionStatus; originalLanguage: Locale };
  items: EditorItem[];
  /**
   * Canonical symbols of registered documents an annotation of this session may cite: the body's own
   * documents, those linked to its items and those its annotations already mention.
   */
  knownSymbols: string[];
}

export async function getAgendaEditor(db: Db, sessionId: string): Promise<AgendaEditorData | null> {
  const row = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      slug: true,
      status: true,
      originalLanguage: true,
      bodyId: true,
      items: {
        orderBy: [{ parentId: "asc" }, { position: "asc" }],
        select: {
          id: true,
          parentId: true,
          position: true,
          version: true,
          title: true,
          annotation: true,
          _count: { select: { documents: true, slotEntries: true } },
        },
      },
    },
  });
  if (!row) return null;
  const items = row.items.map((item): EditorItem => ({
    id: item.id,
    parentId: item.parentId,
    position: item.position,
    version: item.version,
    title: toLocalizedText(item.title),
    annotation: toLocalizedText(item.annotation),
    documentCount: item._count.documents,
    slotCount: item._count.slotEntries,
  }));
  const mentioned = [
    ...new Set(
      items.flatMap((item) => Object.values(item.annotation).flatMap((text) => findSymbols(text).map((m) => m.symbol))),
    ),
  ];
  const documents = await db.document.findMany({
    where: {
      OR: [{ bodyId: row.bodyId }, { items: { some: { item: { sessionId } } } }, { symbol: { in: mentioned } }],
    },
    orderBy: { symbol: "asc" },
    select: { symbol: true },
  });
  return {
    session: { id: row.id, slug: row.slug, status: row.status, originalLanguage: asLocale(row.originalLanguage) },
    items,
    knownSymbols: documents.map((doc) => doc.symbol),
  };
}
