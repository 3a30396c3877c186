import "server-only";
import { cache } from "react";
import { getDb } from "../db";
import type { Locale } from "../i18n/locales";
import { getPublicSession } from "../sessions/data";
import { slugParam } from "../validation/params";
import { buildAgendaDocument } from "./build";
import { getAgendaIssueDate } from "./data";
import { translatorFor } from "./translator";
import type { AgendaDocument } from "./types";

/**
 * The agenda document of a published session for the print view, the PDF and the Word file. The same for every
 * reader: no cookies, no signed-in user, no clock; a draft or unknown session is not found. Restricted documents
 * are listed by symbol and description only, as on paper, so the reader's rights change nothing here.
 * Null when there is no such published session (the route handlers answer 404).
 */
export const loadAgendaDocument = cache(async (locale: Locale, rawSlug: string): Promise<AgendaDocument | null> => {
  const slug = slugParam(rawSlug);
  const session = slug ? await getPublicSession(getDb(), slug, false) : null;
  if (!session) return null;
  const [issuedOn, t] = await Promise.all([getAgendaIssueDate(getDb(), session), translatorFor(locale)]);
  return buildAgendaDocument(session, { locale, issuedOn, t });
});
