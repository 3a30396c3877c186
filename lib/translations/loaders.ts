import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "../db";
import type { Locale } from "../i18n/locales";
import { loadEditableSession } from "../sessions/loaders";
import { getTranslationWorkspace } from "./data";

/** The translations tab: every translatable field of the session, with its state in each language. */
export async function loadTranslationWorkspace(locale: Locale, rawId: string) {
  const session = await loadEditableSession(locale, rawId);
  const workspace = await getTranslationWorkspace(getDb(), session.id, locale);
  if (!workspace) notFound();
  return workspace;
}
