import { getTranslations } from "next-intl/server";
import type { HistoryEvent, MeetingEventDetail } from "@/lib/history/data";
import { formatTimeOfInstant } from "@/lib/i18n/format-instant";
import type { Locale } from "@/lib/i18n/locales";

interface Props {
  event: HistoryEvent;
  detail: MeetingEventDetail;
  locale: Locale;
  timeZone: string;
}

/** An action of the chair's console in one sentence: "Chair took up item 2 at 10.05 a.m.". */
export async function MeetingSentence({ event, detail, locale, timeZone }: Props) {
  const t = await getTranslations({ locale, namespace: "history" });
  const command = event.action.slice("meeting.".length);
  const values = {
    who: event.userName ?? t("unknownUser"),
    number: event.subject.reference ?? "",
    time: formatTimeOfInstant(event.at, timeZone, locale),
    undone: detail.undoes && t.has(`meetingAction.${detail.undoes}`) ? t(`meetingAction.${detail.undoes}`) : "",
  };
  if (command === "adopt-agenda" && detail.orallyAmended) {
    return (
      <p className="mt-2">
        {detail.note
          ? t.rich("meeting.adopt-agenda-amended-note", { ...values, note: () => <bdi>{detail.note}</bdi> })
          : t("meeting.adopt-agenda-amended", values).replace(/\.\.$/u, ".")}
      </p>
    );
  }
  // "at 2.26 p.m." closes its own sentence: no second full stop.
  const sentence = t.has(`meeting.${command}`) ? t(`meeting.${command}`, values).replace(/\.\.$/u, ".") : event.action;
  return <p className="mt-2">{sentence}</p>;
}
