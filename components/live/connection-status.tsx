"use client";

import { useMeeting } from "./live-meeting";

/**
 * A discreet sign that the page follows the meeting live. Screen readers hear of a lost connection (and of
 * its return) once, politely; "connecting" shows nothing, to avoid a flash on every page load. Public pages,
 * which carry no message catalogue to the browser, pass their two words in `labels`; the workspace and the
 * console use connection-status-translated.tsx (next-intl is 12 kB that public pages do without).
 */
export function ConnectionStatusView({
  labels,
  className = "",
}: {
  labels: { live: string; reconnecting: string };
  className?: string;
}) {
  const { connection } = useMeeting();
  const live = connection === "live";
  return (
    <span
      role="status"
      aria-live="polite"
      data-live-connection={connection}
      className={`inline-flex items-center gap-1.5 text-xs text-slate-600 ${className}`}
    >
      {connection === "connecting" ? null : (
        <>
          <span
            aria-hidden="true"
            className={`inline-block h-2 w-2 rounded-full ${live ? "bg-green-600" : "animate-pulse bg-amber-500"}`}
          />
          {live ? labels.live : labels.reconnecting}
        </>
      )}
    </span>
  );
}
