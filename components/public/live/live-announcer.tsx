"use client";

import { useEffect, useRef, useState } from "react";
import { useMeeting } from "@/components/live/live-meeting";
import { meetingChanges, type MeetingChange } from "@/lib/meeting/meeting-changes";
import { fill, useLiveSessionSetting, type LiveSessionSetting } from "./live-session-context";

function sentence(change: MeetingChange, { copy, items }: LiveSessionSetting): string {
  const item = "itemId" in change ? items.find((candidate) => candidate.id === change.itemId) : undefined;
  const number = item?.number ?? "";
  switch (change.kind) {
    case "taken-up":
      return fill(copy.announce.takenUp, { number, title: item?.title ?? "" });
    case "outcome":
      return fill(copy.announce.outcome, { number, status: copy.itemStatus[change.status] });
    case "reopened":
      return fill(copy.announce.reopened, { number });
    case "suspended":
      return copy.announce.suspended;
    case "resumed":
      return copy.announce.resumed;
    case "agenda-adopted":
      return change.orallyAmended ? copy.announce.agendaAdoptedAmended : copy.announce.agendaAdopted;
    case "closed":
      return copy.announce.closed;
  }
}

/** A polite live region: screen readers hear what the chair did, without losing their place on the page. */
export function LiveAnnouncer() {
  const { state } = useMeeting();
  const setting = useLiveSessionSetting();
  const previous = useRef(state);
  const [message, setMessage] = useState("");
  useEffect(() => {
    const changes = meetingChanges(previous.current, state);
    previous.current = state;
    if (changes.length > 0) setMessage(changes.map((change) => sentence(change, setting)).join(". "));
  }, [state, setting]);
  return (
    <p role="status" aria-live="polite" aria-atomic="true" className="sr-only" data-live-announcement>
      {message}
    </p>
  );
}
