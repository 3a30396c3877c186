"use client";

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import type { MeetingState } from "@/lib/meeting/types";

export type LiveConnection = "connecting" | "live" | "reconnecting";

interface LiveMeetingValue {
  state: MeetingState;
  connection: LiveConnection;
  /** A state the page learnt itself (e.g. the result of the chair's own action); older revisions are ignored. */
  accept: (state: MeetingState) => void;
}

const LiveMeetingContext = createContext<LiveMeetingValue | null>(null);

/**
 * Holds the meeting's state for every live part of a page (badges, banner, heading, console).
 * TODO(live transport): subscribe to the session's event stream, reconnect with backoff, refresh on content changes.
 */
export function LiveMeetingProvider({ initial, children }: { initial: MeetingState; children: ReactNode }) {
  const [state, setState] = useState(initial);
  const accept = useCallback(
    (next: MeetingState) => setState((current) => (next.revision >= current.revision ? next : current)),
    [],
  );
  const value = useMemo(() => ({ state, connection: "connecting" as const, accept }), [state, accept]);
  return <LiveMeetingContext.Provider value={value}>{children}</LiveMeetingContext.Provider>;
}

export function useMeeting(): LiveMeetingValue {
  const value = useContext(LiveMeetingContext);
  if (!value) throw new Error("useMeeting() needs a <LiveMeetingProvider> above it");
  return value;
}
