import "server-only";
import { notFound } from "next/navigation";
import { requireWorkspaceActor } from "../auth/loaders";
import { getDb } from "../db";
import type { Locale } from "../i18n/locales";
import { idParam } from "../validation/params";
import { getTranslationWorkspace } from "./data";

/** The translations tab: every translatable field of the session, with its state in each language. */
export async function loadTranslationWorkspace(locale: Locale, rawId: string) {
  await requireWorkspaceActor(locale);
  const id = idParam(rawId);
  const workspace = id ? await getTranslationWorkspace(getDb(), id, locale) : null;
  if (!workspace) notFound();
  return workspace;
}
