import "server-only";
import { notFound } from "next/navigation";
import { requireWorkspaceActor } from "../auth/loaders";
import { getDb } from "../db";
import type { Locale } from "../i18n/locales";
import { idParam } from "../validation/params";
import { getWorkspaceBody, listWorkspaceBodies } from "./data";

/** The workspace's list of bodies: the secretariat only. */
export async function loadWorkspaceBodies(locale: Locale) {
  await requireWorkspaceActor(locale);
  return listWorkspaceBodies(getDb());
}

/** One body for its settings page; 404 for an id no body has. */
export async function loadWorkspaceBody(locale: Locale, rawId: string) {
  await requireWorkspaceActor(locale);
  const id = idParam(rawId);
  const body = id ? await getWorkspaceBody(getDb(), id) : null;
  if (!body) notFound();
  return body;
}
