"use client";

import { useEffect, useRef } from "react";
import type { ItemCommand } from "./action-bar";

interface Handlers {
  enabled: boolean;
  onMove: (step: 1 | -1) => void;
  onItem: (type: ItemCommand) => void;
  onSuspend: () => void;
  onUndo: () => void;
}

// Physical keys (event.code), so the shortcuts work the same with an Arabic, Cyrillic or Chinese keyboard layout.
const ITEM_KEYS: Record<string, ItemCommand> = {
  KeyT: "take-up",
  KeyA: "adopt",
  KeyC: "conclude",
  KeyD: "defer",
  KeyR: "reopen",
};

/** Typing in a field (the note of an amended agenda) or using a button's own keys is never taken for a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** The console's keyboard shortcuts, listed on screen and on each button (aria-keyshortcuts). */
export function useConsoleKeys(handlers: Handlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const h = latest.current;
      if (!h.enabled || event.defaultPrevented || event.altKey || isTyping(event.target)) return;
      const command = event.ctrlKey || event.metaKey;
      if (command && event.code === "KeyZ" && !event.shiftKey) {
        event.preventDefault();
        h.onUndo();
        return;
      }
      if (command || event.shiftKey) return;
      const item = ITEM_KEYS[event.code];
      if (event.key === "ArrowDown" || event.key === "ArrowUp") h.onMove(event.key === "ArrowDown" ? 1 : -1);
      else if (item) h.onItem(item);
      else if (event.code === "KeyS") h.onSuspend();
      else if (event.code === "KeyU") h.onUndo();
      else return;
      event.preventDefault();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
