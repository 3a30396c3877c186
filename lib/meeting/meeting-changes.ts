import type { ItemStatus } from "../sessions/types";
import type { MeetingState } from "./types";

/** What a reader should hear when the meeting moves on: one entry per thing that changed, in a sensible order. */
export type MeetingChange =
  | { kind: "taken-up"; itemId: string }
  | { kind: "outcome"; itemId: string; status: Exclude<ItemStatus, "PENDING" | "UNDER_CONSIDERATION"> }
  | { kind: "reopened"; itemId: string }
  | { kind: "suspended" }
  | { kind: "resumed" }
  | { kind: "agenda-adopted"; orallyAmended: boolean }
  | { kind: "closed" };

const OUTCOMES = new Set<ItemStatus>(["ADOPTED", "CONCLUDED", "DEFERRED"]);

export function meetingChanges(before: MeetingState, after: MeetingState): MeetingChange[] {
  if (after.revision <= before.revision) return [];
  const changes: MeetingChange[] = [];
  const previous = new Map(before.items.map((item) => [item.id, item]));
  for (const item of after.items) {
    const was = previous.get(item.id)?.status;
    if (!was || was === item.status) continue;
    if (OUTCOMES.has(item.status)) {
      changes.push({ kind: "outcome", itemId: item.id, status: item.status as "ADOPTED" | "CONCLUDED" | "DEFERRED" });
    } else if (OUTCOMES.has(was) && item.status === "PENDING") {
      changes.push({ kind: "reopened", itemId: item.id });
    }
  }
  if (after.status === "ADOPTED" && before.status !== "ADOPTED" && before.status !== "CLOSED") {
    changes.push({ kind: "agenda-adopted", orallyAmended: after.orallyAmended });
  }
  if (after.currentItemId && after.currentItemId !== before.currentItemId) {
    changes.push({ kind: "taken-up", itemId: after.currentItemId });
  }
  if (after.suspendedAt && !before.suspendedAt) changes.push({ kind: "suspended" });
  if (!after.suspendedAt && before.suspendedAt) changes.push({ kind: "resumed" });
  if (after.status === "CLOSED" && before.status !== "CLOSED") changes.push({ kind: "closed" });
  return changes;
}

/** The item under consideration and, for a sub-item, the items above it: outermost first. */
export function currentItemPath(
  state: Pick<MeetingState, "currentItemId">,
  parentOf: ReadonlyMap<string, string | null>,
): string[] {
  const path: string[] = [];
  for (let id = state.currentItemId; id && !path.includes(id); id = parentOf.get(id) ?? null) path.unshift(id);
  return path;
}
