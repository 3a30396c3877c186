"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";

/** Runs a server action from a client form, keeping its pending state and last result for the page to show. */
export function useAction<I, T>(action: (input: I) => Promise<ActionResult<T>>) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const router = useRouter();
  function run(input: I, onSuccess?: (data: T) => void): void {
    // A "Saved." or an error left from the previous save must not stand for this one while it runs.
    setResult(null);
    startTransition(async () => {
      let outcome: ActionResult<T>;
      try {
        outcome = await action(input);
      } catch {
        // The network or the server failed before the action could answer.
        outcome = { ok: false, error: { code: "internal" } };
      }
      setResult(outcome);
      if (outcome.ok) onSuccess?.(outcome.data);
      // Someone else's save is stored now: the page around the form (the heading with the session's title, the
      // agenda's rows, the tab's title) re-reads it, while the form keeps what this user typed.
      else if (outcome.error.code === "conflict") router.refresh();
    });
  }
  const fieldError = (path: string): string | undefined =>
    result && !result.ok ? result.error.fields?.[path] : undefined;
  return { run, pending, result, fieldError, reset: () => setResult(null) };
}
