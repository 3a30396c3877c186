import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getCurrentActor } from "../auth/current-user";
import { getDb } from "../db";
import type { Locale } from "../i18n/locales";
import { asLocale } from "../i18n/locales";
import { toLocalizedText } from "../i18n/localized-text";
import { getPublicSession } from "../sessions/data";
import { slugParam } from "../validation/params";
import { getConsoleSessionRef, getMeetingState, isSessionChair } from "./data";

/**
 * The chair's console: anonymous visitors sign in first and come back here; the secretariat may open any
 * session's console, a chair only those of the sessions they chair; everyone else is refused.
 */
export const loadConsole = cache(async (locale: Locale, rawSlug: string) => {
  const slug = slugParam(rawSlug);
  if (!slug) notFound();
  const actor = await getCurrentActor();
  if (!actor) redirect(`/${locale}/sign-in?next=${encodeURIComponent(`/${locale}/sessions/${slug}/console`)}`);
  const db = getDb();
  const ref = await getConsoleSessionRef(db, slug);
  if (!ref) notFound();
  const mayConduct =
    actor.role === "SECRETARIAT" || (actor.role === "CHAIR" && (await isSessionChair(db, ref.id, actor.id)));
  if (!mayConduct) forbidden();
  const [state, session] = await Promise.all([getMeetingState(db, ref.id), getPublicSession(db, slug, true)]);
  if (!state) notFound();
  return {
    actor,
    state,
    /** Null while the session is a draft: nothing can be conducted before it is published. */
    session,
    title: toLocalizedText(ref.title),
    originalLanguage: asLocale(ref.originalLanguage),
    timeZone: ref.timeZone,
  };
});
