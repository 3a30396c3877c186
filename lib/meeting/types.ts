// The meeting's state is part of what a session page shows, so sessions/ defines it; the console builds on it.
export type { MeetingItemState, MeetingState } from "../sessions/meeting-state";
