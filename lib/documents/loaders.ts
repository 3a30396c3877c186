import "server-only";
import { notFound } from "next/navigation";
import { requireWorkspaceActor } from "../auth/loaders";
import { getDb } from "../db";
import type { Locale } from "../i18n/locales";
import { idParam } from "../validation/params";
import { getDocumentRegistry } from "./data";

/** The documents tab: the session's registry and the symbols its annotations mention. */
export async function loadDocumentRegistry(locale: Locale, rawId: string, page = 1) {
  await requireWorkspaceActor(locale);
  const id = idParam(rawId);
  const registry = id ? await getDocumentRegistry(getDb(), id, page) : null;
  if (!registry) notFound();
  return registry;
}
