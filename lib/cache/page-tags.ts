import type { LiveChange } from "../audit/live-change";

/**
 * The tags of cached public pages. A page carries the tags of everything it shows; a write expires the tags of
 * what it changed, and with them exactly the pages that show it, in every language.
 */
export const pageTag = {
  /** The sessions list, and every "no such session" answer (publishing a session must replace it). */
  sessions: "plenary:sessions",
  session: (id: string) => `plenary:session:${id}`,
  document: (id: string) => `plenary:document:${id}`,
  body: (id: string) => `plenary:body:${id}`,
  /** Carried by no page. */
  none: "plenary:none",
} as const;

/** What a change makes stale. A session's status, title or dates may show in the list, so it goes too. */
export function pageTagsOfChange(change: LiveChange): string[] {
  switch (change.kind) {
    case "meeting":
    case "content":
      return [pageTag.session(change.sessionId), pageTag.sessions];
    case "document":
      return [pageTag.document(change.documentId)];
    case "body":
      return [pageTag.body(change.bodyId)];
  }
}

/**
 * The tags to expire after a write. Never empty: a write that changed nothing public still names one, so that
 * Next.js renders the acting page again in the action's response.
 */
export function pageTagsOf(changes: readonly LiveChange[]): string[] {
  const tags = [...new Set(changes.flatMap(pageTagsOfChange))];
  return tags.length > 0 ? tags : [pageTag.none];
}
