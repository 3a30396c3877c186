import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "../db";
import type { Locale } from "../i18n/locales";
import { loadEditableSession } from "../sessions/loaders";
import { getDocumentRegistry } from "./data";

/** The documents tab: the session's registry and the symbols its annotations mention. */
export async function loadDocumentRegistry(locale: Locale, rawId: string) {
  const session = await loadEditableSession(locale, rawId);
  const registry = await getDocumentRegistry(getDb(), session.id);
  if (!registry) notFound();
  return registry;
}
