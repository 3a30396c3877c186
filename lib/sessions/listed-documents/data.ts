import "server-only";
import type { Db } from "../../db";
import { findSymbols } from "../../documents/symbol";
import { versionLink } from "../../documents/official-link";
import type { LocalizedText } from "../../i18n/localized-text";
import { toLocalizedText } from "../../i18n/localized-text";
import { asLocale, isLocale, type Locale } from "../../i18n/locales";
import { publishedText } from "../../translations/published-text";
import { isoDay } from "../../validation/dates";
import type { PublicDocument } from "../types";

function published(row: { translationStates: unknown }, value: unknown, field: string, originalLanguage: Locale) {
  return publishedText(toLocalizedText(value), field, row.translationStates, originalLanguage);
}

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
  return documents.map((doc): PublicDocument => {
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
  });
}
