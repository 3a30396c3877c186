import "server-only";
import { notFound } from "next/navigation";
import { requireWorkspaceActor } from "../auth/loaders";
import { getDb } from "../db";
import type { Locale } from "../i18n/locales";
import { idParam } from "../validation/params";
import { listSessionHistory } from "./data";

/** The history tab: one page of a session's audit log, optionally of one agenda item only. */
export async function loadSessionHistory(
  locale: Locale,
  rawId: string,
  options: { page: number; itemId: string | null },
) {
  await requireWorkspaceActor(locale);
  const id = idParam(rawId);
  if (!id) notFound();
  return listSessionHistory(getDb(), id, { ...options, locale });
}
