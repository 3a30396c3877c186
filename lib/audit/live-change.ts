/**
 * What a write tells every app instance, through PostgreSQL LISTEN/NOTIFY on one channel. Events name what
 * changed (ids), never its content: NOTIFY payloads are capped at 8,000 bytes, and what a page shows depends on
 * the reader's language and rights. Identical payloads within one transaction are delivered once.
 */
export const LIVE_CHANNEL = "plenary_live";

export type LiveChange =
  /** The chair acted: statuses, the item under consideration, suspension, adoption, closing. */
  | { kind: "meeting"; sessionId: string }
  /** The secretariat edited what a session page shows (titles, annotations, slots, notes, links). */
  | { kind: "content"; sessionId: string }
  /** A document changed; the sessions that list it must refresh. */
  | { kind: "document"; documentId: string }
  /** A body's name or prefix changed; its sessions must refresh. */
  | { kind: "body"; bodyId: string };

const KINDS = new Set(["meeting", "content", "document", "body"]);

export function encodeLiveChange(change: LiveChange): string {
  return JSON.stringify(change);
}

/** Null for anything that is not a well-formed change: the channel is shared, and a bad payload must not crash a listener. */
export function decodeLiveChange(payload: string): LiveChange | null {
  try {
    const value = JSON.parse(payload) as Record<string, unknown>;
    if (!value || typeof value !== "object" || !KINDS.has(value.kind as string)) return null;
    const id = value.sessionId ?? value.documentId ?? value.bodyId;
    if (typeof id !== "string" || id.length === 0 || id.length > 64) return null;
    return value as unknown as LiveChange;
  } catch {
    return null;
  }
}

/** Audit actions of the chair's console start with this: their changes are "meeting" changes. */
export const MEETING_ACTION_PREFIX = "meeting.";
