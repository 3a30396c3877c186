/** The Server-Sent Events wire format (https://html.spec.whatwg.org/multipage/server-sent-events.html). */

export type LiveEventName = "meeting" | "content" | "resync";

export function formatEvent(name: LiveEventName, data: unknown): string {
  // JSON.stringify never emits a raw newline, so the data fits on one "data:" line.
  return `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A comment line: keeps the connection busy for proxies, ignored by EventSource. */
export const HEARTBEAT = ": ping\n\n";

/** How long a browser waits before reconnecting by itself (our client manages its own backoff). */
export const RETRY_MS = 2_000;
