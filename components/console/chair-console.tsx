"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { useMeeting } from "@/components/live/live-meeting";
import { formatTimeOfInstant } from "@/lib/i18n/format-instant";
import type { Locale } from "@/lib/i18n/locales";
import {
  adoptAgendaAction,
  closeAction,
  reopenAction,
  resumeAction,
  setOutcomeAction,
  suspendAction,
  takeUpAction,
  undoAction,
} from "@/lib/meeting/actions";
import { consolePlan, type ConsoleItem, type PlanSlot } from "@/lib/meeting/console-plan";
import { applyCommand, type MeetingCommand } from "@/lib/meeting/transitions";
import { ActionBar, type ItemCommand } from "./action-bar";
import { AgendaPanel } from "./agenda-panel";
import { ConsoleNoticeView } from "./console-notice";
import { CurrentPanel } from "./current-panel";
import { useConsoleKeys } from "./use-console-keys";
import { useConsoleActions } from "./use-console-actions";

interface Props {
  locale: Locale;
  items: ConsoleItem[];
  slots: PlanSlot[];
  timeZone: string;
  /** When the server rendered the page: the first render on both sides reads the same clock. */
  renderedAt: string;
}

const OUTCOME = { adopt: "ADOPTED", conclude: "CONCLUDED", defer: "DEFERRED" } as const;

export function ChairConsole({ locale, items, slots, timeZone, renderedAt }: Props) {
  const t = useTranslations("console");
  const { state, accept } = useMeeting();
  const [selectedId, setSelectedId] = useState<string | null>(state.currentItemId ?? items[0]?.id ?? null);
  const [now, setNow] = useState(() => new Date(renderedAt));
  const [dialog, setDialog] = useState<"adopt" | "close" | null>(null);
  const { run, refuse, pending, notice } = useConsoleActions(accept);

  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);

  const plan = useMemo(() => consolePlan(items, slots, state, now, timeZone), [items, slots, state, now, timeZone]);
  const byId = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  const time = (iso: string) => formatTimeOfInstant(iso, timeZone, locale);
  const numberOf = (id: string | null) => (id ? (byId.get(id)?.number ?? "") : "");

  // The console offers what the rules allow now; the server checks the same rules again under its lock.
  const allowed = (command: MeetingCommand) => applyCommand(state, command, now).ok;

  function itemCommand(type: ItemCommand) {
    if (!selectedId) return refuse("noSelection");
    const check = applyCommand(state, { type, itemId: selectedId }, now);
    if (!check.ok) return refuse(check.code);
    const input = { sessionId: state.sessionId, itemId: selectedId };
    const number = numberOf(selectedId);
    const describe = (at: string) => t(`done.${type}`, { number, time: time(at) });
    if (type === "take-up") run(() => takeUpAction(input), describe);
    else if (type === "reopen") run(() => reopenAction(input), describe);
    else run(() => setOutcomeAction({ ...input, outcome: OUTCOME[type] }), describe);
  }

  function toggleSuspension() {
    const type = state.suspendedAt ? "resume" : "suspend";
    const check = applyCommand(state, { type }, now);
    if (!check.ok) return refuse(check.code);
    const action = type === "resume" ? resumeAction : suspendAction;
    run(
      () => action({ sessionId: state.sessionId }),
      (at) => t(`done.${type}`, { time: time(at) }),
    );
  }

  // After a confirmed question the focus goes back to the agenda, where the next action starts.
  const backToAgenda = () => requestAnimationFrame(() => document.getElementById("console-agenda-list")?.focus());

  function adoptAgenda(orallyAmended: boolean, note: string) {
    setDialog(null);
    backToAgenda();
    run(
      () => adoptAgendaAction({ sessionId: state.sessionId, orallyAmended, note }),
      (at) => t("done.adopt-agenda", { time: time(at) }),
    );
  }

  function closeSession() {
    setDialog(null);
    backToAgenda();
    run(
      () => closeAction({ sessionId: state.sessionId }),
      (at) => t("done.close", { time: time(at) }),
    );
  }

  function undo() {
    const token = notice?.undoToken;
    if (!token) return refuse("undo-expired");
    run(
      () => undoAction({ token }),
      (at) => t("done.undo", { time: time(at) }),
      false,
    );
  }

  function move(step: 1 | -1) {
    const index = items.findIndex((item) => item.id === selectedId);
    const next = items[Math.min(items.length - 1, Math.max(0, index + step))];
    if (next) setSelectedId(next.id);
  }

  useConsoleKeys({
    enabled: dialog === null && !pending,
    onMove: move,
    onItem: itemCommand,
    onSuspend: toggleSuspension,
    onUndo: undo,
  });

  return (
    <div
      data-testid="chair-console"
      aria-busy={pending}
      className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]"
    >
      <div className="flex flex-col gap-6">
        <CurrentPanel locale={locale} state={state} plan={plan} byId={byId} formatTime={time} />
        <ActionBar
          selectedNumber={numberOf(selectedId)}
          pending={pending}
          dialog={dialog}
          setDialog={setDialog}
          suspended={state.suspendedAt !== null}
          can={{
            item: (type) => selectedId !== null && allowed({ type, itemId: selectedId }),
            suspension: allowed({ type: state.suspendedAt ? "resume" : "suspend" }),
            adoptAgenda: allowed({ type: "adopt-agenda", orallyAmended: false, note: null, adoptionItemId: null }),
            close: allowed({ type: "close" }),
            undo: Boolean(notice?.undoToken),
          }}
          onItem={itemCommand}
          onSuspension={toggleSuspension}
          onAdoptAgenda={adoptAgenda}
          onClose={closeSession}
          onUndo={undo}
        />
      </div>
      <AgendaPanel items={items} state={state} selectedId={selectedId} onSelect={setSelectedId} />
      <ConsoleNoticeView notice={notice} pending={pending} onUndo={undo} />
    </div>
  );
}
