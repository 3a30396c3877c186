"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, type Dispatch, type SetStateAction } from "react";
import { moveItemAction } from "@/lib/agenda/actions";
import type { EditorItem } from "@/lib/agenda/data";
import { numberItems } from "@/lib/agenda/numbering";
import { applyMove, placementProblem, type MoveTarget, type PlacementProblem } from "@/lib/agenda/reorder";
import type { ActionResult } from "@/lib/actions/result";
import type { Locale } from "@/lib/i18n/locales";

interface Options {
  items: EditorItem[];
  setItems: Dispatch<SetStateAction<EditorItem[]>>;
  locale: Locale;
  titleOf: (item: EditorItem) => string;
  /** Tells screen-reader users the outcome, in the polite live region. */
  announce: (message: string) => void;
}

/**
 * Moves agenda items optimistically: the list renumbers at once, the move is saved by the server, and when
 * the server refuses, the previous order comes back with the reason. One move at a time, so a second move
 * never starts from a version the first has just changed.
 */
export function useAgendaMoves({ items, setItems, locale, titleOf, announce }: Options) {
  const t = useTranslations("agendaEditor");
  const te = useTranslations("errors");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const busy = useRef(false);

  function problemMessage(problem: PlacementProblem | string | undefined): string {
    if (problem === "too-deep") return t("errors.tooDeep");
    if (problem === "into-itself") return t("errors.intoItself");
    return te("not-found");
  }

  function failureMessage(result: Extract<ActionResult<unknown>, { ok: false }>): string {
    if (result.error.code === "conflict") return t("errors.moveConflict");
    if (result.error.code === "invalid-state" || result.error.code === "not-found")
      return problemMessage(result.error.details?.reason as string | undefined);
    return te(result.error.code);
  }

  /** The item's new version once saved; null when the move was refused (the order is then restored). */
  async function move(id: string, target: MoveTarget): Promise<number | null> {
    const item = items.find((candidate) => candidate.id === id);
    if (!item || busy.current) return null;
    const problem = placementProblem(items, id, target.parentId);
    if (problem) {
      setError(problemMessage(problem));
      return null;
    }
    const previous = items;
    const next = applyMove(items, id, target);
    busy.current = true;
    setPending(true);
    setError(null);
    setItems(next);
    announce(t("status.moved", { title: titleOf(item), number: numberItems(next, locale).get(id)?.number ?? "" }));
    let result: ActionResult<{ version: number }>;
    try {
      result = await moveItemAction({
        id,
        version: item.version,
        parentId: target.parentId,
        position: target.position,
      });
    } catch {
      result = { ok: false, error: { code: "internal" } };
    }
    busy.current = false;
    setPending(false);
    if (!result.ok) {
      setItems(previous);
      setError(failureMessage(result));
      // Someone else changed the agenda: show it as it is now, so the user can decide again.
      if (result.error.code === "conflict" || result.error.code === "not-found") router.refresh();
      announce(t("status.moveFailed"));
      return null;
    }
    const { version } = result.data;
    setItems((current) => current.map((candidate) => (candidate.id === id ? { ...candidate, version } : candidate)));
    return version;
  }

  return { move, pending, error, refuse: (problem: PlacementProblem) => setError(problemMessage(problem)) };
}
