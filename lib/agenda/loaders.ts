import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "../db";
import type { Locale } from "../i18n/locales";
import { loadEditableSession } from "../sessions/loaders";
import { getAgendaEditor } from "./data";

/** The agenda tab: every item of the session, drafts included, with the symbols its annotations may link. */
export async function loadAgendaEditor(locale: Locale, rawId: string) {
  const session = await loadEditableSession(locale, rawId);
  const agenda = await getAgendaEditor(getDb(), session.id);
  if (!agenda) notFound();
  return agenda;
}
