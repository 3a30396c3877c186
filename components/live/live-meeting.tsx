"use client";

import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { retryDelay } from "@/lib/live/backoff";
import type { MeetingState } from "@/lib/meeting/types";

export type LiveConnection = "connecting" | "live" | "reconnecting";

interface LiveMeetingValue {
  state: MeetingState;
  connection: LiveConnection;
  /** A state the page learnt itself (e.g. the result of the chair's own action); older revisions are ignored. */
  accept: (state: MeetingState) => void;
}

const LiveMeetingContext = createContext<LiveMeetingValue | null>(null);

const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;
// Hundreds of viewers learn of a change in the same millisecond: spread their page refreshes a little.
const REFRESH_SPREAD_MS = 300;

/**
 * Holds the meeting's state for every live part of a page (badges, banner, heading, console), kept current by
 * the session's event stream. The stream sends the whole state after every action of the chair; other changes
 * (and any gap in the stream) make the page refresh its server-rendered parts, keeping scroll and focus.
 */
export function LiveMeetingProvider({
  initial,
  refreshOnMeeting = false,
  children,
}: {
  initial: MeetingState;
  /** Pages that also show the meeting's effects in server-rendered parts (the workspace's lifecycle) refresh them. */
  refreshOnMeeting?: boolean;
  children: ReactNode;
}) {
  const [state, setState] = useState(initial);
  const [connection, setConnection] = useState<LiveConnection>("connecting");
  const accept = useCallback(
    (next: MeetingState) => setState((current) => (next.revision >= current.revision ? next : current)),
    [],
  );
  const router = useRouter();
  const sessionId = initial.sessionId;
  const initialRevision = useRef(initial.revision);
  useEffect(() => {
    initialRevision.current = initial.revision;
  }, [initial.revision]);

  useEffect(() => {
    let source: EventSource | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let refreshTimer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let recovering = false;
    let stopped = false;

    const refreshSoon = () => {
      if (refreshTimer !== undefined) return;
      refreshTimer = setTimeout(() => {
        refreshTimer = undefined;
        router.refresh();
      }, Math.random() * REFRESH_SPREAD_MS);
    };

    const open = () => {
      const stream = new EventSource(`/api/live/sessions/${encodeURIComponent(sessionId)}`);
      source = stream;
      stream.addEventListener("open", () => {
        setConnection("live");
        // After a gap, whatever changed besides the meeting's state was missed.
        if (recovering) refreshSoon();
        recovering = false;
      });
      stream.addEventListener("meeting", (event) => {
        // Only a stream that delivers resets the backoff: a server that accepts and drops at once is not "back".
        failures = 0;
        try {
          const next = JSON.parse((event as MessageEvent<string>).data) as MeetingState;
          accept(next);
          if (refreshOnMeeting && next.revision > initialRevision.current) refreshSoon();
        } catch {
          // A malformed event is ignored; the next one carries the whole state again.
        }
      });
      stream.addEventListener("content", refreshSoon);
      stream.addEventListener("resync", refreshSoon);
      // The browser's own retry cannot back off; close and retry with growing waits (and jitter) instead.
      stream.addEventListener("error", () => {
        stream.close();
        if (stopped) return;
        setConnection("reconnecting");
        recovering = true;
        retryTimer = setTimeout(open, retryDelay(failures, FIRST_RETRY_MS, MAX_RETRY_MS));
        failures++;
      });
    };

    open();
    return () => {
      stopped = true;
      source?.close();
      clearTimeout(retryTimer);
      clearTimeout(refreshTimer);
    };
  }, [sessionId, accept, router, refreshOnMeeting]);

  // A refreshed page renders a new `initial`: it wins when it is newer than what the stream said.
  const current = initial.revision > state.revision ? initial : state;
  const value = useMemo(() => ({ state: current, connection, accept }), [current, connection, accept]);
  return <LiveMeetingContext.Provider value={value}>{children}</LiveMeetingContext.Provider>;
}

export function useMeeting(): LiveMeetingValue {
  const value = useContext(LiveMeetingContext);
  if (!value) throw new Error("useMeeting() needs a <LiveMeetingProvider> above it");
  return value;
}
