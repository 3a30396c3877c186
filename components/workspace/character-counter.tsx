"use client";

import { useTranslations } from "next-intl";

/** How close to its limit a text may come before screen readers are told: a tenth of it, between 10 and 50. */
export function nearLimit(max: number): number {
  return Math.max(10, Math.min(50, Math.round(max / 10)));
}

/**
 * What the live region says for a text of `length` characters: nothing while far from the limit, then the
 * characters left in steps of ten (each keystroke would be a flood of speech), every one in the last ten,
 * and how many too many past it.
 */
export function counterAnnouncement(length: number, max: number): { key: "remaining" | "over"; count: number } | null {
  const remaining = max - length;
  if (remaining < 0) return { key: "over", count: -remaining };
  if (remaining > nearLimit(max)) return null;
  return { key: "remaining", count: remaining > 10 ? Math.floor(remaining / 10) * 10 : remaining };
}

/**
 * "120 of 500 characters" under a long text field. The field names it in aria-describedby (read on focus);
 * only near the limit does a polite live region speak up.
 */
export function CharacterCounter({ id, length, max }: { id: string; length: number; max: number }) {
  const t = useTranslations("admin.counter");
  const announcement = counterAnnouncement(length, max);
  const over = length > max;
  return (
    <>
      <p
        id={id}
        className={`mt-1 text-end text-sm tabular-nums ${over ? "font-medium text-red-800" : "text-slate-600"}`}
      >
        {t("count", { count: length, max })}
      </p>
      <p className="sr-only" aria-live="polite" aria-atomic="true" data-counter-live>
        {announcement ? t(announcement.key, { count: announcement.count }) : ""}
      </p>
    </>
  );
}
