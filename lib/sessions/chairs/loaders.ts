import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getCurrentActor } from "../../auth/current-user";
import { landingPath } from "../../auth/landing";
import { redirectToSignIn, requireWorkspaceActor } from "../../auth/loaders";
import type { Actor } from "../../auth/types";
import { getDb } from "../../db";
import { safeRedirectPath } from "../../http/redirect-target";
import type { Locale } from "../../i18n/locales";
import { listChairCandidates, listChairedSessions, listPublishedSessionsForConsole, listSessionChairs } from "./data";
import type { ChairedSession } from "./types";

const chairedBy = cache(async (actor: Actor): Promise<ChairedSession[]> =>
  actor.role === "CHAIR" ? listChairedSessions(getDb(), actor.id) : [],
);

/**
 * Right after signing in (app/[locale]/signed-in): sends the person on to the page they started from, or to
 * where their role works. Never returns.
 */
export async function redirectAfterSignIn(locale: Locale, next: unknown): Promise<never> {
  const actor = await getCurrentActor();
  const requested = safeRedirectPath(next);
  if (!actor) redirect(`/${locale}/sign-in${requested ? `?next=${encodeURIComponent(requested)}` : ""}`);
  const chairedSlugs = (await chairedBy(actor)).map((session) => session.slug);
  redirect(landingPath({ locale, role: actor.role, chairedSlugs, requested }));
}

/**
 * The list of sessions at /{locale}/console: a chair sees the sessions they chair, the secretariat every
 * published session; delegates have no console.
 */
export async function loadConsoleSessions(locale: Locale): Promise<{ actor: Actor; sessions: ChairedSession[] }> {
  const actor = await getCurrentActor();
  if (!actor) return redirectToSignIn(locale, `/${locale}/console`);
  if (actor.role === "DELEGATE") forbidden();
  const sessions =
    actor.role === "SECRETARIAT" ? await listPublishedSessionsForConsole(getDb()) : await chairedBy(actor);
  return { actor, sessions };
}

/** For the forbidden page: a chair is offered the consoles of the sessions they chair instead. */
export async function loadOwnChairedSessions(): Promise<ChairedSession[]> {
  const actor = await getCurrentActor();
  return actor ? chairedBy(actor) : [];
}

/** The overview tab's list of chairs, and the CHAIR accounts the secretariat may add to it. */
export async function loadSessionChairs(locale: Locale, sessionId: string) {
  await requireWorkspaceActor(locale);
  const [chairs, candidates] = await Promise.all([listSessionChairs(getDb(), sessionId), listChairCandidates(getDb())]);
  return { chairs, candidates };
}
