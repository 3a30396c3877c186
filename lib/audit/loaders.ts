import "server-only";
import { getDb } from "../db";
import type { Locale } from "../i18n/locales";
import { loadEditableSession } from "../sessions/loaders";
import { listSessionHistory } from "./data";

/** The history tab: one page of the session's audit log, optionally of one agenda item only. */
export async function loadSessionHistory(locale: Locale, rawId: string, options: { page: number; itemId: string | null }) {
  const session = await loadEditableSession(locale, rawId);
  const history = await listSessionHistory(getDb(), session.id, { ...options, locale });
  return { session, history };
}
