import "server-only";
import { requireWorkspaceActor } from "../auth/loaders";
import { getDb } from "../db";
import type { Locale } from "../i18n/locales";
import { idParam } from "../validation/params";
import { getPendingRevision } from "./data";
import type { PendingRevision } from "./types";

/** What issuing the session now would change: for the overview and preview tabs; null while it is a draft. */
export async function loadPendingRevision(locale: Locale, rawId: string): Promise<PendingRevision | null> {
  await requireWorkspaceActor(locale);
  const id = idParam(rawId);
  return id ? getPendingRevision(getDb(), id) : null;
}
