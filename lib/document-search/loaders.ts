import "server-only";
import { getDb } from "../db";
import type { Locale } from "../i18n/locales";
import { searchPublicDocuments, SEARCH_PAGE } from "./data";
import { searchResultView } from "./search-view";

/** The document search page: the same for every reader (no Restricted links), so it never asks who reads. */
export async function loadDocumentSearch(rawQuery: unknown, locale: Locale) {
  const query =
    typeof rawQuery === "string"
      ? rawQuery
          .replace(/[\u0000-\u001f\u007f]/g, " ")
          .trim()
          .slice(0, 200)
      : "";
  if (!query) return { query, results: null, more: false, pageSize: SEARCH_PAGE };
  const { documents, more } = await searchPublicDocuments(getDb(), query);
  return { query, results: documents.map((doc) => searchResultView(doc, locale)), more, pageSize: SEARCH_PAGE };
}
