import "server-only";
import { canSeeRestricted, getCurrentActor } from "../auth/current-user";
import { getDb } from "../db";
import { pickText } from "../i18n/localized-text";
import type { Locale } from "../i18n/locales";
import { loadOwnChairedSessions } from "../sessions/chairs/loaders";
import { getPublicSession } from "../sessions/data";
import { slugParam } from "../validation/params";
import type { ViewerExtras } from "./types";

const ANONYMOUS: ViewerExtras = { viewer: null, restrictedLinks: [], chairedSessions: [] };

/** The signed-in reader, the Restricted links of one session and the sessions they chair; nothing for anyone else. */
export async function loadViewerExtras(rawSlug: string | null, locale: Locale): Promise<ViewerExtras> {
  const actor = await getCurrentActor();
  if (!actor) return ANONYMOUS;
  const slug = rawSlug ? slugParam(rawSlug) : null;
  const [session, chaired] = await Promise.all([
    slug && canSeeRestricted(actor) ? getPublicSession(getDb(), slug, true) : null,
    actor.role === "CHAIR" ? loadOwnChairedSessions() : [],
  ]);
  const restrictedLinks = (session?.documents ?? [])
    .filter((document) => document.distribution === "RESTRICTED")
    .flatMap((document) =>
      document.versions.flatMap((version) =>
        version.url ? [{ documentId: document.id, locale: version.locale, url: version.url }] : [],
      ),
    );
  const chairedSessions = chaired.map((chairedSession) => ({
    id: chairedSession.id,
    slug: chairedSession.slug,
    title: pickText(chairedSession.title, locale, chairedSession.originalLanguage) ?? null,
  }));
  return { viewer: { name: actor.name, role: actor.role }, restrictedLinks, chairedSessions };
}
