import "server-only";
import { notFound } from "next/navigation";
import { requireWorkspaceActor } from "../auth/loaders";
import { getDb } from "../db";
import type { Locale } from "../i18n/locales";
import { idParam } from "../validation/params";
import { getAgendaEditor } from "./data";

/** The agenda tab: every item of the session, drafts included, with the symbols its annotations may link. */
export async function loadAgendaEditor(locale: Locale, rawId: string) {
  await requireWorkspaceActor(locale);
  const id = idParam(rawId);
  const agenda = id ? await getAgendaEditor(getDb(), id) : null;
  if (!agenda) notFound();
  return agenda;
}
