"use client";

import { useEffect, useState } from "react";

/**
 * Moves keyboard focus once the page has re-rendered after a change: to the first of the given element ids
 * that exists and is enabled, so focus never falls back to the top of the page when a control goes away.
 */
export function useFocusAfter() {
  const [candidates, setCandidates] = useState<string[] | null>(null);
  useEffect(() => {
    if (!candidates) return;
    for (const id of candidates) {
      const element = document.getElementById(id);
      if (element && !(element as HTMLButtonElement).disabled) {
        element.focus();
        break;
      }
    }
    // Focus moves once the new DOM exists; the request is then spent.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setCandidates(null);
  }, [candidates]);
  return (ids: string[]) => setCandidates(ids);
}
