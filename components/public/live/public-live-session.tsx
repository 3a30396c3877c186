"use client";

import type { ReactNode } from "react";
import { LiveMeetingProvider } from "@/components/live/live-meeting";
import type { MeetingState } from "@/lib/meeting/types";
import { LiveAnnouncer } from "./live-announcer";
import { LiveSessionSettingProvider, type LiveSessionSetting } from "./live-session-context";

/** The public session page's live parts share one stream and one state; the rest of the page stays server-rendered. */
export function PublicLiveSession({
  initial,
  setting,
  children,
}: {
  initial: MeetingState;
  setting: LiveSessionSetting;
  children: ReactNode;
}) {
  return (
    <LiveMeetingProvider initial={initial}>
      <LiveSessionSettingProvider value={setting}>
        {children}
        <LiveAnnouncer />
      </LiveSessionSettingProvider>
    </LiveMeetingProvider>
  );
}
