import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireWorkspaceActor } from "../auth/loaders";
import { getDb } from "../db";
import { bodyLabel } from "../i18n/localized-text";
import type { Locale } from "../i18n/locales";
import { getScheduleFacts } from "../schedule/data";
import { idParam, slugParam } from "../validation/params";
import { pageTag } from "../cache/page-tags";
import { tagThisPage } from "../cache/page-cache";
import { MAX_YEAR, MIN_YEAR } from "../validation/iso-day";
import { dayIn, getPendingRevision } from "../revisions/data";
import { getMeetingState, getPublicSession, getSessionPreview } from "./data";
import { asIssuedNow } from "./pending-preview";
import {
  listPublicSessionsOfYear,
  listPublicSessionYears,
  listRecentPublicSessions,
  listUpcomingPublicSessions,
} from "./public-list-data";
import type { IsoDate, PublicSessionSummary } from "./types";
import { getEditableSession, listBodies, listWorkspaceSessions } from "./workspace/data";

/** What the pages of sessions read: each resolves who asks, checks they may, and answers 404 for what is not there. */

/**
 * Public pages are rendered once for every reader and cached (lib/cache): they never ask who reads, and carry the
 * tags of what they show, so that a write re-renders exactly them.
 */
/** How many ended sessions the list shows before sending readers to the years. */
const RECENT_SESSIONS = 20;

export async function loadPublicSessions(today: IsoDate) {
  const db = getDb();
  const [upcoming, recent, years] = await Promise.all([
    listUpcomingPublicSessions(db, today),
    listRecentPublicSessions(db, today, RECENT_SESSIONS),
    listPublicSessionYears(db),
  ]);
  await tagThisPage([pageTag.sessions, ...[...upcoming, ...recent].flatMap(bodyTagsOf)]);
  return { upcoming, recent, years };
}

export async function loadPublicSessionsOfYear(rawYear: string) {
  const year = /^\d{4}$/.test(rawYear) ? Number(rawYear) : null;
  if (year === null || year < MIN_YEAR || year > MAX_YEAR) notFound();
  const sessions = await listPublicSessionsOfYear(getDb(), year);
  await tagThisPage([pageTag.sessions, ...sessions.flatMap(bodyTagsOf)]);
  return { year, sessions };
}

// Metadata and page read the same session once per request. An address no session could have is not looked up.
export const loadPublicSession = cache(async (rawSlug: string) => {
  const slug = slugParam(rawSlug);
  const session = slug ? await getPublicSession(getDb(), slug, false) : null;
  if (!session) {
    // Cached too: publishing a session expires the sessions tag, and with it this answer.
    await tagThisPage([pageTag.sessions]);
    notFound();
  }
  await tagThisPage([
    pageTag.session(session.id),
    ...bodyTagsOf(session),
    ...session.documents.map((document) => pageTag.document(document.id)),
  ]);
  return session;
});

function bodyTagsOf(session: PublicSessionSummary): string[] {
  return [pageTag.body(session.body.id), ...(session.body.parent ? [pageTag.body(session.body.parent.id)] : [])];
}

/**
 * A session as the public will read it, drafts included, for the secretariat only: rendered per request in the
 * workspace, never through the public pages or their cache.
 */
/** The preview tab: the session as it will read once published, or once its pending changes are issued. */
export async function loadSessionPreview(locale: Locale, rawId: string) {
  await requireWorkspaceActor(locale);
  const id = idParam(rawId);
  const session = id ? await getSessionPreview(getDb(), id) : null;
  if (!session) notFound();
  const pending = await getPendingRevision(getDb(), session.id);
  const today = dayIn(new Date(), session.timeZone);
  return { session: pending ? asIssuedNow(session, pending, today) : session, pending };
}

export async function loadWorkspaceSessions(locale: Locale, page = 1) {
  await requireWorkspaceActor(locale);
  return listWorkspaceSessions(getDb(), page);
}

/** The bodies a new or imported session may belong to, labelled for the reader. */
export const loadBodyChoices = cache(async (locale: Locale): Promise<{ id: string; label: string }[]> => {
  await requireWorkspaceActor(locale);
  return (await listBodies(getDb())).map((body) => ({ id: body.id, label: bodyLabel(body, locale) }));
});

/** The session a workspace page edits: read once per request for the layout's tabs and the page alike. */
export const loadEditableSession = cache(async (locale: Locale, rawId: string) => {
  await requireWorkspaceActor(locale);
  const id = idParam(rawId);
  const session = id ? await getEditableSession(getDb(), id) : null;
  if (!session) notFound();
  return session;
});

/** The overview tab: the session's form, its lifecycle and what publishing it would warn about. */
export async function loadSessionOverview(locale: Locale, rawId: string) {
  const session = await loadEditableSession(locale, rawId);
  const [facts, bodies, meeting] = await Promise.all([
    getScheduleFacts(getDb(), session.id),
    loadBodyChoices(locale),
    getMeetingState(getDb(), session.id),
  ]);
  if (!facts || !meeting) notFound();
  return { session, facts, bodies, meeting };
}
