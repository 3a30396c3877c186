"use client";

import { useMeeting } from "@/components/live/live-meeting";
import { formatMeetingMoment } from "@/lib/i18n/format-instant";
import { currentItemPath } from "@/lib/meeting/meeting-changes";
import { fill, useLiveSessionSetting } from "./live-session-context";

/**
 * Where the meeting stands, at the top of the page: the item now under consideration (a sub-item under its
 * parent), a suspension, the adoption of the agenda, the close. Screen readers hear changes from LiveAnnouncer,
 * not from here, so nothing is read twice.
 */
export function MeetingBanner() {
  const { state } = useMeeting();
  const { copy, items, timeZone, locale, withDay } = useLiveSessionSetting();
  const byId = new Map(items.map((item) => [item.id, item]));
  const path = currentItemPath(state, new Map(items.map((item) => [item.id, item.parentId]))).flatMap(
    (id) => byId.get(id) ?? [],
  );
  const moment = (iso: string) => formatMeetingMoment(iso, timeZone, locale, withDay);
  const adoption = state.agendaAdoptedAt
    ? fill(state.orallyAmended ? copy.adoptedAsOrallyAmendedOn : copy.adoptedOn, {
        time: moment(state.agendaAdoptedAt),
      })
    : null;
  if (path.length === 0 && !state.suspendedAt && state.status !== "CLOSED" && !adoption) return null;
  return (
    <section aria-label={copy.nowUnderConsideration} className="mt-6 space-y-3" data-meeting-banner>
      {state.status === "CLOSED" ? (
        <p className="rounded-lg border border-slate-300 bg-slate-100 px-4 py-3 font-medium" data-meeting-closed>
          {copy.closed}
        </p>
      ) : (
        state.suspendedAt && (
          <p className="rounded-lg border border-amber-400 bg-amber-50 px-4 py-3 font-medium text-amber-950">
            {fill(copy.suspendedSince, { time: moment(state.suspendedAt) })}
          </p>
        )
      )}
      {path.length > 0 && state.status !== "CLOSED" && (
        <div
          className="rounded-lg border-2 border-sky-700 bg-sky-50 px-4 py-3 text-sky-950"
          data-now-under-consideration
        >
          <p className="text-sm font-semibold uppercase tracking-wide">{copy.nowUnderConsideration}</p>
          {path.map((item, index) => (
            <p key={item.id} className={index === path.length - 1 ? "mt-1 text-xl font-bold" : "mt-1 text-lg"}>
              <a href={`#${item.anchor}`} className="underline-offset-2 hover:underline">
                <span className="tabular-nums">{item.number}</span> <bdi>{item.title}</bdi>
              </a>
            </p>
          ))}
        </div>
      )}
      {adoption && (
        <div className="text-slate-800" data-agenda-adoption>
          <p>{adoption}</p>
          {state.orallyAmended && state.adoptionNote && (
            <p className="mt-1 text-sm text-slate-700">
              {copy.amendment} <bdi dir="auto">{state.adoptionNote}</bdi>
            </p>
          )}
        </div>
      )}
    </section>
  );
}
