import "server-only";
import type { Db } from "../../db";
import { findSymbols } from "../../documents/symbol";
import { publicDocumentFields, toPublicDocument } from "../../translations/published-document";
import type { LocalizedText } from "../../i18n/localized-text";
import type { PublicDocument } from "../types";

/**
 * The documents an agenda lists, and registered documents its annotations only mention, so their symbols can link
 * somewhere; a symbol that only a draft translation mentions lists nothing.
 */
export async function readListedDocuments(
  db: Db,
  items: Array<{ documentIds: string[]; annotation: LocalizedText }>,
  canSeeRestricted: boolean,
): Promise<PublicDocument[]> {
  const documentIds = [...new Set(items.flatMap((item) => item.documentIds))];
  const mentioned = [
    ...new Set(
      items.flatMap((item) => Object.values(item.annotation).flatMap((text) => findSymbols(text).map((m) => m.symbol))),
    ),
  ];
  const documents = await db.document.findMany({
    where: { OR: [{ id: { in: documentIds } }, { symbol: { in: mentioned } }] },
    orderBy: { symbol: "asc" },
    select: publicDocumentFields,
  });
  return documents.map((doc) => toPublicDocument(doc, canSeeRestricted));
}
