"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { ConnectionStatus } from "@/components/live/connection-status-translated";
import { useMeeting } from "@/components/live/live-meeting";
import { StatusBadge, sessionStatusTone } from "@/components/ui/status-badge";

interface Props {
  locale: string;
  slug: string;
  /** "1(b)" by item id, in the reader's language. */
  numbers: Record<string, string>;
}

/** Where the chair has the meeting, for the secretariat at the Overview tab; follows the console live. */
export function MeetingPanel({ locale, slug, numbers }: Props) {
  const t = useTranslations("session");
  const { state } = useMeeting();
  const current = state.currentItemId ? numbers[state.currentItemId] : undefined;
  return (
    <section
      aria-labelledby="meeting-panel-heading"
      className="rounded-lg border border-slate-200 p-4"
      data-meeting-panel
    >
      <h2 id="meeting-panel-heading" className="text-lg font-semibold">
        {t("live.panel.heading")}
      </h2>
      <p className="mt-2 flex flex-wrap items-center gap-2">
        <StatusBadge label={t(`status.${state.status}`)} tone={sessionStatusTone(state.status)} />
        <ConnectionStatus />
      </p>
      <p className="mt-2 text-sm text-slate-800" data-meeting-panel-current>
        {state.status === "CLOSED"
          ? t("live.closed")
          : current
            ? t("live.panel.underConsideration", { number: current })
            : t("live.panel.nothingUnderConsideration")}
      </p>
      {state.suspendedAt && state.status !== "CLOSED" && (
        <p className="mt-1 text-sm font-medium text-amber-900">{t("live.announce.suspended")}</p>
      )}
      {state.status !== "DRAFT" && (
        <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link href={`/${locale}/sessions/${slug}/console`} className="text-un underline underline-offset-2">
            {t("live.panel.openConsole")}
          </Link>
          <Link href={`/${locale}/sessions/${slug}`} className="text-un underline underline-offset-2">
            {t("live.panel.publicPage")}
          </Link>
        </p>
      )}
    </section>
  );
}
