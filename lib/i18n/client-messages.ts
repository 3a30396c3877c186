import { NAMESPACES, type Messages } from "./messages";

type Namespace = (typeof NAMESPACES)[number];

/**
 * The catalogues the workspace's client components read with useTranslations: only these are sent to the browser.
 * client-messages.test.ts fails when a client component uses a namespace missing here, which would otherwise
 * show raw keys instead of sentences.
 */
export const CLIENT_NAMESPACES = [
  "admin",
  "errors",
  "agendaEditor",
  "documentsAdmin",
  "scheduleAdmin",
  "translations",
  "history",
  "symbol",
  "session",
  "schedule",
  "importer",
  "chairs",
  "console",
  "live",
  "revisions",
] as const satisfies readonly Namespace[];

/** The part of a locale's messages that client components may need. */
export function pickClientMessages(messages: Messages): Messages {
  return Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace] ?? {}]));
}
