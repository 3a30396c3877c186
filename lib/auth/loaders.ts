import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { Locale } from "../i18n/locales";
import { getCurrentActor } from "./current-user";
import type { Actor } from "./types";

/**
 * Every loader of a workspace page starts here. Layouts and pages render in parallel, so each checks for
 * itself: anonymous visitors are sent to sign in, other roles are refused (app/[locale]/forbidden.tsx says why).
 */
export const requireWorkspaceActor = cache(async (locale: Locale): Promise<Actor> => {
  const actor = await getCurrentActor();
  if (!actor) redirect(`/${locale}/sign-in?next=${encodeURIComponent(`/${locale}/admin`)}`);
  if (actor.role !== "SECRETARIAT") forbidden();
  return actor;
});
