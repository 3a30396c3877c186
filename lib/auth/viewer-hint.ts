/**
 * A cookie that only says "someone signed in from this browser", readable by scripts. Public pages are the same
 * cached HTML for everyone: the browser asks for what differs for a signed-in reader (/api/viewer) only when
 * it sees this hint, so anonymous readers cost the server nothing more. It grants nothing: the request it
 * triggers is answered from the real, HTTP-only sign-in cookie, and a stale hint is cleared by that answer.
 */
export const VIEWER_HINT_COOKIE = "plenary-signed-in";

export function hasViewerHint(cookieHeader: string): boolean {
  return cookieHeader.split(";").some((part) => part.trim() === `${VIEWER_HINT_COOKIE}=1`);
}

/** What a script writes to forget a hint that no longer matches a sign-in. */
export const CLEARED_VIEWER_HINT = `${VIEWER_HINT_COOKIE}=; Max-Age=0; Path=/; SameSite=Lax`;
