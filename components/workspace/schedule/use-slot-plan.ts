"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { setSlotItemsAction } from "@/lib/schedule/actions";
import type { SlotChange } from "@/lib/schedule/workspace/slot-edits";
import type { EditorSlot } from "@/lib/schedule/workspace/view";
import { useAction } from "@/components/workspace/use-action";

/**
 * The plan as this page last saved or loaded it. Item lists are saved with setSlotItems (one transaction for
 * the one or two slots an edit touches); the server's copy replaces the local one after every refresh, so the
 * warnings and the list never disagree for long.
 */
export function useSlotPlan(serverSlots: EditorSlot[]) {
  const router = useRouter();
  const [synced, setSynced] = useState(serverSlots);
  const [slots, setSlots] = useState(serverSlots);
  if (synced !== serverSlots) {
    setSynced(serverSlots);
    setSlots(serverSlots);
  }
  const save = useAction(setSlotItemsAction);
  const [attempt, setAttempt] = useState<SlotChange[] | null>(null);
  const afterSave = useRef<() => void>(() => {});

  function commit(changes: SlotChange[], onSaved: () => void, versions: Record<string, number> = {}): void {
    if (changes.length === 0 || save.pending) return;
    afterSave.current = onSaved;
    setAttempt(changes);
    const payload = changes.map((change) => ({
      id: change.id,
      version: versions[change.id] ?? slots.find((slot) => slot.id === change.id)?.version ?? 0,
      itemIds: change.itemIds,
    }));
    save.run({ slots: payload }, (data) => {
      setSlots((current) =>
        current.map((slot) => {
          const change = changes.find((c) => c.id === slot.id);
          return change ? { ...slot, itemIds: change.itemIds, version: data.versions[slot.id] ?? slot.version } : slot;
        }),
      );
      setAttempt(null);
      afterSave.current();
      router.refresh();
    });
  }

  const failed = save.result && !save.result.ok ? save.result.error : null;
  const conflict = failed?.code === "conflict" ? ((failed.details?.current as EditorSlot[] | undefined) ?? []) : null;

  return {
    slots,
    pending: save.pending,
    result: save.result,
    attempt,
    conflict,
    commit,
    /** Saves the edit that met a conflict again, over the other person's version. */
    overwrite(): void {
      if (!attempt || !conflict) return;
      commit(attempt, afterSave.current, Object.fromEntries(conflict.map((slot) => [slot.id, slot.version])));
    },
    /** Drops the edit that met a conflict and loads the plan as it is now. */
    discard(): void {
      setAttempt(null);
      save.reset();
      router.refresh();
    },
    patchSlot(id: string, patch: Partial<EditorSlot>): void {
      setSlots((current) => current.map((slot) => (slot.id === id ? { ...slot, ...patch } : slot)));
    },
    dropSlot(id: string): void {
      setSlots((current) => current.filter((slot) => slot.id !== id));
    },
  };
}
