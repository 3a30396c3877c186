"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";
import type { MeetingActionResult, MeetingState } from "@/lib/meeting/types";

/** How long the toast offers Undo; the server allows 30 s from the action, so the button goes a little earlier. */
const UNDO_OFFER_MS = 28_000;

export interface ConsoleNotice {
  kind: "done" | "error";
  text: string;
  /** Set while the action may still be undone. */
  undoToken: string | null;
  /** Grows with every notice, so the same sentence twice is still announced. */
  serial: number;
}

type Call = () => Promise<ActionResult<MeetingActionResult>>;

/**
 * Runs the console's actions one at a time: the meeting state they return is accepted at once (the live
 * stream brings it to other pages), and each outcome becomes a notice — what was done, at what time, with an
 * Undo for a while — or the reason it was refused.
 */
export function useConsoleActions(accept: (state: MeetingState) => void) {
  const t = useTranslations("console");
  const te = useTranslations("errors");
  const [pending, startTransition] = useTransition();
  const [notice, setNotice] = useState<ConsoleNotice | null>(null);
  const serial = useRef(0);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => () => clearTimeout(undoTimer.current ?? undefined), []);

  const show = useCallback((next: Omit<ConsoleNotice, "serial">) => {
    serial.current += 1;
    // "at 2.26 p.m." closes its own sentence: no second full stop.
    setNotice({ ...next, text: next.text.replace(/\.\.$/u, "."), serial: serial.current });
    clearTimeout(undoTimer.current ?? undefined);
    if (next.undoToken)
      undoTimer.current = setTimeout(
        () => setNotice((current) => (current ? { ...current, undoToken: null } : current)),
        UNDO_OFFER_MS,
      );
  }, []);

  const refusal = useCallback(
    (error: Extract<ActionResult, { ok: false }>["error"]): string => {
      const reason = error.details?.reason;
      if (typeof reason === "string" && t.has(`refused.${reason}`)) return t(`refused.${reason}`);
      return te(error.code);
    },
    [t, te],
  );

  const run = useCallback(
    (call: Call, describe: (at: string) => string, undoable = true) => {
      startTransition(async () => {
        let result: ActionResult<MeetingActionResult>;
        try {
          result = await call();
        } catch {
          result = { ok: false, error: { code: "internal" } };
        }
        if (!result.ok) {
          show({ kind: "error", text: refusal(result.error), undoToken: null });
          return;
        }
        accept(result.data.state);
        show({ kind: "done", text: describe(result.data.at), undoToken: undoable ? result.data.undoToken : null });
      });
    },
    [accept, refusal, show],
  );

  const refuse = useCallback(
    (reason: string) => show({ kind: "error", text: t(`refused.${reason}`), undoToken: null }),
    [show, t],
  );

  return { run, refuse, pending, notice };
}
