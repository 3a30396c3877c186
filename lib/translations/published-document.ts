import type { Prisma } from "../generated/prisma/client";
import { toLocalizedText } from "../i18n/localized-text";
import { asLocale, isLocale, type Locale } from "../i18n/locales";
import { publishedText } from "./published-text";
import { isoDay } from "../validation/dates";
import { versionLink } from "../documents/official-link";
import type { PublicDocument } from "../documents/types";

/** The columns of a document the public reads: nothing else leaves the database. */
export const publicDocumentFields = {
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
} satisfies Prisma.DocumentSelect;

type PublicDocumentRow = Prisma.DocumentGetPayload<{ select: typeof publicDocumentFields }>;

/**
 * A document as the public reads it: final translations only, and the links of a Restricted document left out
 * unless `canSeeRestricted` (a signed-in delegate's own request, never a cached page).
 */
export function toPublicDocument(doc: PublicDocumentRow, canSeeRestricted = false): PublicDocument {
  const original = asLocale(doc.originalLanguage);
  const field = (value: unknown, name: string) =>
    publishedText(toLocalizedText(value), name, doc.translationStates, original);
  return {
    id: doc.id,
    symbol: doc.symbol,
    kind: doc.kind,
    distribution: doc.distribution,
    title: field(doc.title, "title"),
    description: field(doc.description, "description"),
    issuedBy: field(doc.issuedBy, "issuedBy"),
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
}
