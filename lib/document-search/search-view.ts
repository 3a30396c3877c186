import { pickText, type PickedText } from "../i18n/localized-text";
import type { Locale } from "../i18n/locales";
import type { VersionLink } from "../documents/official-link";
import type { PublicDocumentDetail } from "./data";
import { numberedItemsOf } from "./memberships";

/** A search result as the page shows it, in the reader's language. Pure. */
export interface SearchResultView {
  symbol: string;
  kind: string;
  distribution: PublicDocumentDetail["distribution"];
  title: PickedText | null;
  versions: VersionLink[];
  sessions: Array<{
    slug: string;
    title: PickedText | null;
    items: Array<{ number: string; anchor: string }>;
  }>;
}

export function searchResultView(doc: PublicDocumentDetail, locale: Locale): SearchResultView {
  return {
    symbol: doc.symbol,
    kind: doc.kind,
    distribution: doc.distribution,
    title: pickText(doc.title, locale, doc.originalLanguage),
    versions: doc.versions,
    sessions: doc.memberships.map((m) => ({
      slug: m.slug,
      title: pickText(m.title, locale, m.originalLanguage),
      items: numberedItemsOf(m, locale),
    })),
  };
}
