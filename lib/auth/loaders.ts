import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { safeRedirectPath } from "../http/redirect-target";
import { REQUEST_PATH_HEADER } from "../http/request-path";
import type { Locale } from "../i18n/locales";
import { getCurrentActor } from "./current-user";
import type { Actor } from "./types";

/**
 * The page this request renders, as proxy.ts wrote it (and checked again: a path on this site); `fallback`
 * when the proxy did not run or the path cannot be returned to.
 */
async function currentPagePath(fallback: string): Promise<string> {
  return safeRedirectPath((await headers()).get(REQUEST_PATH_HEADER)) ?? fallback;
}

/** Sends an anonymous visitor to sign in, to come back to this very page afterwards. */
export async function redirectToSignIn(locale: Locale, fallback: string): Promise<never> {
  const next = await currentPagePath(fallback);
  redirect(`/${locale}/sign-in?next=${encodeURIComponent(next)}`);
}

/**
 * Every loader of a workspace page starts here. Layouts and pages render in parallel, so each checks for
 * itself: anonymous visitors are sent to sign in (and brought back to the page they asked for), other roles
 * are refused (app/[locale]/forbidden.tsx says why and where they may go instead).
 */
export const requireWorkspaceActor = cache(async (locale: Locale): Promise<Actor> => {
  const actor = await getCurrentActor();
  if (!actor) return redirectToSignIn(locale, `/${locale}/admin`);
  if (actor.role !== "SECRETARIAT") forbidden();
  return actor;
});
