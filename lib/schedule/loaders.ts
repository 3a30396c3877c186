import "server-only";
import { notFound } from "next/navigation";
import { requireWorkspaceActor } from "../auth/loaders";
import { getDb } from "../db";
import type { Locale } from "../i18n/locales";
import { idParam } from "../validation/params";
import { editorFacts, getScheduleEditorData } from "./workspace/data";

/** The organization-of-work tab: the session's days, slots and the items they take up, and what the warnings check. */
export async function loadScheduleEditor(locale: Locale, rawId: string) {
  await requireWorkspaceActor(locale);
  const id = idParam(rawId);
  const data = id ? await getScheduleEditorData(getDb(), id) : null;
  if (!data) notFound();
  return { data, facts: editorFacts(data) };
}
