// The meeting's state is part of what a session page shows, so sessions/ defines it; the console builds on it.
import type { MeetingState } from "../sessions/meeting-state";

export type { MeetingItemState, MeetingState } from "../sessions/meeting-state";

export interface MeetingActionResult {
  state: MeetingState;
  /** The audit event's id: pass it to the undo action within 30 seconds. */
  undoToken: string;
  /** ISO instant of the action. */
  at: string;
}
