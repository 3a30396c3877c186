"use client";

import { useMeeting } from "@/components/live/live-meeting";
import { StatusBadge, itemStatusTone } from "@/components/ui/status-badge";
import { formatMeetingMoment } from "@/lib/i18n/format-instant";
import { fill, useLiveSessionSetting } from "./live-session-context";

/** An agenda item's status and when it was taken up and concluded, kept current while the chair acts. */
export function LiveItemStatus({ itemId }: { itemId: string }) {
  const { state } = useMeeting();
  const { copy, timeZone, locale, withDay } = useLiveSessionSetting();
  const item = state.items.find((candidate) => candidate.id === itemId);
  if (!item) return null;
  const moment = (iso: string) => formatMeetingMoment(iso, timeZone, locale, withDay);
  const times: Array<{ iso: string; text: string }> = [];
  if (item.takenUpAt) times.push({ iso: item.takenUpAt, text: fill(copy.takenUp, { time: moment(item.takenUpAt) }) });
  if (item.concludedAt && (item.status === "ADOPTED" || item.status === "CONCLUDED" || item.status === "DEFERRED")) {
    times.push({ iso: item.concludedAt, text: fill(copy.outcome[item.status], { time: moment(item.concludedAt) }) });
  }
  return (
    <span data-item-status={item.status}>
      <StatusBadge label={copy.itemStatus[item.status]} tone={itemStatusTone(item.status)} />
      {times.length > 0 && (
        <span className="ms-2 text-sm text-slate-600" data-item-times>
          {times.map((entry, index) => (
            <span key={entry.iso + index}>
              {index > 0 && " · "}
              <time dateTime={entry.iso}>{entry.text}</time>
            </span>
          ))}
        </span>
      )}
    </span>
  );
}
