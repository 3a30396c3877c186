"use client";

import { ConnectionStatusView } from "@/components/live/connection-status";
import { useMeeting } from "@/components/live/live-meeting";
import { StatusBadge, sessionStatusTone } from "@/components/ui/status-badge";
import { useLiveSessionSetting } from "./live-session-context";

/** "Provisional agenda" until the chair adopts it, then "Agenda": headings that follow the session's status. */
export function LiveSessionText({ kind }: { kind: "agendaHeading" | "workHeading" }) {
  const { state } = useMeeting();
  const { copy } = useLiveSessionSetting();
  return <>{copy[kind][state.status]}</>;
}

export function LiveSessionStatusBadge() {
  const { state } = useMeeting();
  const { copy } = useLiveSessionSetting();
  return <StatusBadge label={copy.sessionStatus[state.status]} tone={sessionStatusTone(state.status)} />;
}

/** "Live" / "Reconnecting…" beside the session's status. */
export function PublicConnectionStatus({ className }: { className?: string }) {
  const { copy } = useLiveSessionSetting();
  return <ConnectionStatusView labels={copy.connection} className={className} />;
}
