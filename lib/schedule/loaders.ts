import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "../db";
import type { Locale } from "../i18n/locales";
import { loadEditableSession } from "../sessions/loaders";
import { getScheduleEditorData } from "./editing/data";

/** The organization-of-work tab: the session's days, slots and the items they take up. */
export async function loadScheduleEditor(locale: Locale, rawId: string) {
  const session = await loadEditableSession(locale, rawId);
  const data = await getScheduleEditorData(getDb(), session.id);
  if (!data) notFound();
  return data;
}
