import type { MeetingItemState, MeetingState } from "./types";

/** The session's fields the chair changes. */
export const SESSION_FIELDS = ["status", "suspendedAt", "agendaAdoptedAt", "orallyAmended", "adoptionNote"] as const;
type SessionField = (typeof SESSION_FIELDS)[number];

export type ItemFields = Omit<MeetingItemState, "id">;

/**
 * What one action changed, as the audit event keeps it (before and after): the meeting's revision, the
 * session's changed fields and each changed item. Undo writes the "before" side back.
 */
export interface MeetingSnapshot {
  revision: number;
  session: Partial<Pick<MeetingState, SessionField>>;
  items: Record<string, ItemFields>;
}

const itemFields = ({ status, takenUpAt, concludedAt }: MeetingItemState): ItemFields => ({
  status,
  takenUpAt,
  concludedAt,
});

const sameItem = (a: MeetingItemState, b: MeetingItemState) =>
  a.status === b.status && a.takenUpAt === b.takenUpAt && a.concludedAt === b.concludedAt;

/** Only what differs between two states; revisions are the before state's and the next one. */
export function diffMeeting(
  before: MeetingState,
  after: MeetingState,
): { before: MeetingSnapshot; after: MeetingSnapshot } {
  const result = {
    before: { revision: before.revision, session: {}, items: {} } as MeetingSnapshot,
    after: { revision: before.revision + 1, session: {}, items: {} } as MeetingSnapshot,
  };
  for (const field of SESSION_FIELDS) {
    if (before[field] === after[field]) continue;
    Object.assign(result.before.session, { [field]: before[field] });
    Object.assign(result.after.session, { [field]: after[field] });
  }
  const old = new Map(before.items.map((item) => [item.id, item]));
  for (const item of after.items) {
    const previous = old.get(item.id);
    if (!previous || sameItem(previous, item)) continue;
    result.before.items[item.id] = itemFields(previous);
    result.after.items[item.id] = itemFields(item);
  }
  return result;
}

/** A snapshot read back from an audit event's JSON; null when it is not one. */
export function parseSnapshot(value: unknown): MeetingSnapshot | null {
  if (!value || typeof value !== "object") return null;
  const { revision, session, items } = value as Record<string, unknown>;
  if (typeof revision !== "number" || !session || typeof session !== "object" || !items || typeof items !== "object")
    return null;
  return value as MeetingSnapshot;
}
