import { getTranslations } from "next-intl/server";
import type { HistoryEvent } from "@/lib/history/data";
import { intlTag } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized-text";
import { textDirection, type Locale } from "@/lib/i18n/locales";
import { ChangeList } from "./change-list";
import { IssuedChanges } from "./issued-changes";
import { MeetingSentence } from "./meeting-sentence";

interface Props {
  event: HistoryEvent;
  locale: Locale;
  originalLanguage: Locale;
  /** The session's zone: the chair's actions are told at the meeting's local time. */
  timeZone: string;
}

const KNOWN_ENTITIES = new Set(["Session", "Body", "AgendaItem", "Document", "TimeSlot", "SessionNote", "User"]);
const KNOWN_ACTIONS = new Set([
  "create",
  "update",
  "delete",
  "move",
  "attach",
  "detach",
  "setItems",
  "translate",
  "chair.assign",
  "chair.remove",
]);

// Rendered on the server, which does not know the reader's time zone: the time is given in UTC and says so.
function utcDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlTag(locale), {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
    timeZone: "UTC",
  }).format(new Date(iso));
}

export async function HistoryEventView({ event, locale, originalLanguage, timeZone }: Props) {
  const t = await getTranslations({ locale, namespace: "history" });
  const ts = await getTranslations({ locale, namespace: "session" });
  const entity = KNOWN_ENTITIES.has(event.entityType)
    ? t(`entity.${event.entityType}`)
    : t("entity.other", { type: event.entityType });

  function actionLabel(action: string): string {
    if (action.startsWith("status:")) {
      const status = action.slice("status:".length);
      const key = event.entityType === "AgendaItem" ? `itemStatus.${status}` : `status.${status}`;
      return t("action.status", { status: ts.has(key) ? ts(key) : status });
    }
    if (action.startsWith("issue:")) return t("action.issue", { kind: action.slice("issue:".length) });
    if (action.startsWith("meeting.") && t.has(`meetingAction.${action.slice(8)}`))
      return t(`meetingAction.${action.slice(8)}`);
    return KNOWN_ACTIONS.has(action) ? t(`action.${action}`) : action;
  }

  const title = pickText(event.subject.text, locale, originalLanguage);
  return (
    <li className="rounded border border-slate-300 p-3">
      <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
        <time dateTime={event.at} className="font-mono text-slate-700">
          {t("utc", { time: utcDateTime(event.at, locale) })}
        </time>
        <bdi>{event.userName ?? t("unknownUser")}</bdi>
        <span className="rounded bg-slate-100 px-1.5 py-0.5 font-medium">{actionLabel(event.action)}</span>
      </p>
      <p className="mt-1">
        <span className="font-semibold">{entity}</span>
        {event.subject.reference && <span className="ms-2 font-mono">{event.subject.reference}</span>}
        {title && (
          <span className="ms-2" lang={title.lang} dir={textDirection(title.lang)}>
            {title.text.length > 160 ? `${title.text.slice(0, 160)}…` : title.text}
          </span>
        )}
        {!event.subject.exists && <span className="ms-2 text-sm text-slate-600">({t("deleted")})</span>}
      </p>
      {event.meeting ? (
        <MeetingSentence event={event} detail={event.meeting} locale={locale} timeZone={timeZone} />
      ) : event.issue ? (
        <IssuedChanges issue={event.issue} locale={locale} originalLanguage={originalLanguage} />
      ) : (
        <ChangeList changes={event.changes} entityType={event.entityType} locale={locale} />
      )}
    </li>
  );
}
