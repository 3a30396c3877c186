"use client";

import { useTranslations } from "next-intl";
import type { ConsoleNotice } from "./use-console-actions";

/**
 * What the last action did, said politely to screen readers (a refusal assertively), and shown as a toast with
 * its Undo button while the action may still be taken back.
 */
export function ConsoleNoticeView({
  notice,
  pending,
  onUndo,
}: {
  notice: ConsoleNotice | null;
  pending: boolean;
  onUndo: () => void;
}) {
  const t = useTranslations("console");
  const done = notice?.kind === "done" ? notice : null;
  const error = notice?.kind === "error" ? notice : null;
  return (
    <div className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center px-4">
      <div
        className={`pointer-events-auto flex max-w-2xl items-center gap-4 rounded-lg px-5 py-3 text-lg shadow-lg ${
          notice ? (error ? "bg-red-800 text-white" : "bg-slate-900 text-white") : "sr-only"
        }`}
      >
        {/* Both regions stay in the page, so screen readers hear each change of their text. */}
        <p role="status" aria-live="polite">
          {done?.text}
        </p>
        <p role="alert">{error?.text}</p>
        {done?.undoToken && (
          <button
            type="button"
            onClick={onUndo}
            disabled={pending}
            aria-keyshortcuts="Control+Z U"
            className="rounded border border-white px-3 py-1 font-semibold hover:bg-white hover:text-slate-900 focus-visible:outline focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-sky-300"
          >
            {t("action.undo")}
          </button>
        )}
      </div>
    </div>
  );
}
