import type { Role } from "../auth/types";
import type { Locale } from "../i18n/locales";

/**
 * What differs on a page for the person signed in, fetched by the browser after load (GET /api/viewer): pages
 * are the same cached HTML for everyone, so they never carry a name, a role or a Restricted link.
 */
export interface ViewerExtras {
  viewer: { name: string; role: Role } | null;
  /** Links of the Restricted documents of the session asked about, for readers allowed to open them. */
  restrictedLinks: Array<{ documentId: string; locale: Locale; url: string }>;
  /** For a chair: the sessions whose console they may open (the "not for you" page offers them). */
  chairedSessions: Array<{ id: string; slug: string; title: { text: string; lang: Locale } | null }>;
}
