import { safeRedirectPath } from "../http/redirect-target";
import type { Role } from "./types";

/**
 * Where someone goes right after signing in. A page they started from (?next=) wins when it is a path on this
 * site their role may open; otherwise each role lands where it works: the secretariat in the workspace, a chair
 * in the console of the session they chair (or the list of their sessions when they chair several or none),
 * a delegate on the list of sessions.
 */
export function landingPath(input: {
  locale: string;
  role: Role;
  /** Slugs of the sessions the person chairs, newest first. */
  chairedSlugs: readonly string[];
  requested?: unknown;
}): string {
  const { locale, role, chairedSlugs } = input;
  const requested = safeRedirectPath(input.requested);
  if (requested && mayOpen(role, requested)) return requested;
  switch (role) {
    case "SECRETARIAT":
      return `/${locale}/admin`;
    case "CHAIR":
      return chairedSlugs.length === 1 ? consolePath(locale, chairedSlugs[0]!) : `/${locale}/console`;
    case "DELEGATE":
      return `/${locale}`;
  }
}

export function consolePath(locale: string, slug: string): string {
  return `/${locale}/sessions/${encodeURIComponent(slug)}/console`;
}

// "/fr/admin", "/fr/admin/sessions/x?tab=1", but not "/fr/administration".
const WORKSPACE = /^\/[^/?#]+\/admin(?:[/?#]|$)/;
const SIGN_IN = /^\/[^/?#]+\/(?:sign-in|signed-in)(?:[/?#]|$)/;

/**
 * A requested page that would only refuse this role (the workspace to a chair) or send them round again (the
 * sign-in page, or the landing step that follows it) is not worth landing on: the role's own place serves them better.
 */
function mayOpen(role: Role, path: string): boolean {
  if (SIGN_IN.test(path)) return false;
  return role === "SECRETARIAT" || !WORKSPACE.test(path);
}

/**
 * The header's sign-in link from the page at `currentPath`: it carries the page, so the reader comes back to it.
 * The list of sessions (the home page) and the sign-in steps carry nothing: there, each role's own place is the
 * better landing.
 */
export function signInHref(locale: string, currentPath: unknown): string {
  const base = `/${locale}/sign-in`;
  const path = safeRedirectPath(currentPath);
  if (!path || SIGN_IN.test(path) || /^\/[^/?#]+\/?(?:[?#].*)?$/.test(path)) return base;
  return `${base}?next=${encodeURIComponent(path)}`;
}
