"use client";

import { useTranslations } from "next-intl";
import { formatDayHeading, formatTimeRange } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { ConsoleItem, ConsolePlan } from "@/lib/meeting/console-plan";
import type { MeetingState } from "@/lib/meeting/types";

interface Props {
  locale: Locale;
  state: MeetingState;
  plan: ConsolePlan;
  byId: ReadonlyMap<string, ConsoleItem>;
  formatTime: (iso: string) => string;
}

function Title({ item, fallback }: { item: ConsoleItem; fallback: string }) {
  return (
    <span lang={item.title?.lang}>
      <bdi>{item.title?.text ?? fallback}</bdi>
    </span>
  );
}

/** The state of the meeting at arm's length: suspended or closed, the item under consideration, what comes next, today. */
export function CurrentPanel({ locale, state, plan, byId, formatTime }: Props) {
  const t = useTranslations("console");
  const current = plan.currentId ? byId.get(plan.currentId) : undefined;
  const parent = plan.currentParentId ? byId.get(plan.currentParentId) : undefined;
  const next = plan.nextItemId ? byId.get(plan.nextItemId) : undefined;
  const currentState = state.items.find((item) => item.id === plan.currentId);
  // Taken up before another item was: it was set aside and is now continued.
  const continued = Boolean(
    currentState?.takenUpAt &&
    state.items.some((item) => item.takenUpAt !== null && item.takenUpAt > (currentState.takenUpAt ?? "")),
  );
  const planned = plan.plannedFor;
  const range = planned ? formatTimeRange(planned.startMinutes, planned.endMinutes, locale) : "";

  return (
    <div className="flex flex-col gap-4">
      {state.status === "DRAFT" && <Banner tone="amber">{t("draftBanner")}</Banner>}
      {state.status === "CLOSED" && <Banner tone="slate">{t("closedBanner")}</Banner>}
      {state.suspendedAt && (
        <Banner tone="amber">{t("suspendedBanner", { time: formatTime(state.suspendedAt) })}</Banner>
      )}
      {state.agendaAdoptedAt && (
        <p className="text-lg text-slate-800">
          {t(state.orallyAmended ? "agendaAdoptedAmended" : "agendaAdopted", {
            time: formatTime(state.agendaAdoptedAt),
          })}
          {state.adoptionNote && (
            <>
              {" "}
              <bdi>{state.adoptionNote}</bdi>
            </>
          )}
        </p>
      )}

      <section aria-labelledby="console-current" className="rounded-lg border-2 border-sky-700 bg-sky-50 p-5">
        <h2 id="console-current" className="text-lg font-semibold text-sky-900">
          {t("currentHeading")}
        </h2>
        {current ? (
          <div className="mt-2">
            {parent && (
              <p className="text-lg text-slate-800">
                {t("parent", { number: parent.number })} · <Title item={parent} fallback={t("untitled")} />
              </p>
            )}
            <p className="mt-1 text-3xl font-bold leading-tight" data-testid="current-item">
              <span className="me-3 font-mono">{current.number}</span>
              <Title item={current} fallback={t("untitled")} />
              {continued && <span className="ms-3 text-2xl font-normal">{t("continued")}</span>}
            </p>
            {currentState?.takenUpAt && (
              <p className="mt-2 text-slate-800">{t("takenUpAt", { time: formatTime(currentState.takenUpAt) })}</p>
            )}
            <p className="mt-2 text-slate-800">
              {planned?.when === "today"
                ? t("plannedToday", { number: current.number, period: planned.period, time: range })
                : planned?.when === "other-day"
                  ? t("plannedOtherDay", {
                      number: current.number,
                      day: formatDayHeading(planned.date, locale),
                      time: range,
                    })
                  : t("notPlanned", { number: current.number })}
            </p>
          </div>
        ) : (
          <p className="mt-2 text-2xl">{t("noCurrent")}</p>
        )}
      </section>

      <section aria-labelledby="console-next">
        <h2 id="console-next" className="text-lg font-semibold">
          {t("nextHeading")}
        </h2>
        <p className="mt-1 text-xl">
          {next ? (
            <>
              <span className="me-2 font-mono">{next.number}</span>
              <Title item={next} fallback={t("untitled")} />
            </>
          ) : (
            t("nothingNext")
          )}
        </p>
      </section>

      <section aria-labelledby="console-today">
        <h2 id="console-today" className="text-lg font-semibold">
          {t("todayHeading")}
        </h2>
        {plan.todaySlots.length === 0 ? (
          <p className="mt-1 text-slate-800">{t("noSlotsToday")}</p>
        ) : (
          <ul className="mt-1 flex flex-col gap-1">
            {plan.todaySlots.map((slot) => (
              <li key={slot.id} className={slot.id === plan.runningSlotId ? "font-semibold" : ""}>
                {formatTimeRange(slot.startMinutes, slot.endMinutes, locale)}
                {slot.id === plan.runningSlotId && <span className="ms-2">({t("now")})</span>}
                <span className="ms-2 font-mono">
                  {slot.itemIds
                    .map((id) => byId.get(id)?.number ?? "")
                    .filter(Boolean)
                    .join(", ")}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function Banner({ tone, children }: { tone: "amber" | "slate"; children: React.ReactNode }) {
  const colours = tone === "amber" ? "border-amber-500 bg-amber-50 text-amber-950" : "border-slate-500 bg-slate-100";
  return <p className={`rounded-lg border-2 px-4 py-3 text-xl font-semibold ${colours}`}>{children}</p>;
}
