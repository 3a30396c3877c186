import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import type { ItemView } from "@/lib/sessions/session-view";
import type { ItemStatus, PublicSession, SessionStatus } from "@/lib/sessions/types";
import type { LiveItemBrief, LiveSessionCopy, LiveSessionSetting } from "./live-session-context";

const ITEM_STATUSES: ItemStatus[] = ["PENDING", "UNDER_CONSIDERATION", "ADOPTED", "CONCLUDED", "DEFERRED"];
const SESSION_STATUSES: SessionStatus[] = ["DRAFT", "PROVISIONAL", "ADOPTED", "CLOSED"];

/**
 * Only the workspace's preview shows a draft, as the provisional agenda it will be once published; the live state
 * it receives still says DRAFT, which must not turn its heading into "Agenda" a second after it loads.
 */
const asPublished = (status: SessionStatus): SessionStatus => (status === "DRAFT" ? "PROVISIONAL" : status);

function byStatus<K extends string>(keys: K[], text: (key: K) => string): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, text(key)])) as Record<K, string>;
}

function briefs(items: ItemView[], parentId: string | null = null): LiveItemBrief[] {
  return items.flatMap((item) => [
    { id: item.id, number: item.number, title: item.title?.text ?? "", anchor: item.anchor, parentId },
    ...briefs(item.children, item.id),
  ]);
}

/** Everything the browser needs to keep the page's live parts in the reader's language, sent once per page. */
export async function liveSessionSetting(
  session: PublicSession,
  items: ItemView[],
  locale: Locale,
): Promise<LiveSessionSetting> {
  const t = await getTranslations({ locale, namespace: "session" });
  const tl = await getTranslations({ locale, namespace: "live" });
  const copy: LiveSessionCopy = {
    itemStatus: byStatus(ITEM_STATUSES, (status) => t(`itemStatus.${status}`)),
    sessionStatus: byStatus(SESSION_STATUSES, (status) => t(`status.${asPublished(status)}`)),
    agendaHeading: byStatus(SESSION_STATUSES, (status) => t("agenda", { status: asPublished(status) })),
    workHeading: byStatus(SESSION_STATUSES, (status) => t("organizationOfWork", { status: asPublished(status) })),
    takenUp: t.raw("live.takenUp") as string,
    outcome: t.raw("live.outcome") as LiveSessionCopy["outcome"],
    nowUnderConsideration: t("live.nowUnderConsideration"),
    suspendedSince: t.raw("live.suspendedSince") as string,
    closed: t("live.closed"),
    adoptedOn: t.raw("live.adoptedOn") as string,
    adoptedAsOrallyAmendedOn: t.raw("live.adoptedAsOrallyAmendedOn") as string,
    amendment: t("live.amendment"),
    connection: { live: tl("live"), reconnecting: tl("reconnecting") },
    announce: t.raw("live.announce") as LiveSessionCopy["announce"],
  };
  return {
    copy,
    items: briefs(items),
    timeZone: session.timeZone,
    locale,
    withDay: session.startDate !== session.endDate,
  };
}
