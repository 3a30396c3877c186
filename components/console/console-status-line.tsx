"use client";

import { useTranslations } from "next-intl";
import { ConnectionStatus } from "@/components/live/connection-status-translated";
import { useMeeting } from "@/components/live/live-meeting";

/** The session's status under the console's heading, kept current like the rest of the console. */
export function ConsoleStatusLine() {
  const t = useTranslations("console");
  const ts = useTranslations("session");
  const { state } = useMeeting();
  return (
    <>
      <span data-console-session-status={state.status}>
        {t("sessionStatus", { status: ts(`status.${state.status}`) })}
      </span>
      <ConnectionStatus />
    </>
  );
}
