/**
 * A changelog written out in the reader's language: "item 3 moved to the afternoon of 2 July". Pure: the page passes
 * its translator, so the same lines serve the public page, the workspace and the tests.
 */
import { formatItemNumber } from "../agenda/numbering";
import { formatList, formatTimeRange } from "../i18n/format";
import type { LocalizedText } from "../i18n/localized-text";
import { pickText } from "../i18n/localized-text";
import type { Locale } from "../i18n/locales";
import { formatSessionDates, formatUnDayMonth } from "../i18n/un-dates";
import { dayPeriod } from "../schedule/time-of-day";
import type { RevisionChange, SlotRef } from "./types";

export type Translate = (key: string, values?: Record<string, string>) => string;

export interface DescribeContext {
  locale: Locale;
  originalLanguage: Locale;
  workingLanguages?: readonly Locale[];
  t: Translate;
}

function text(value: LocalizedText, context: DescribeContext): string {
  return pickText(value, context.locale, context.originalLanguage, context.workingLanguages)?.text ?? "";
}

/** "the afternoon of 2 July (3–6 p.m.)": where a reader finds the meeting in the organization of work. */
export function describeSlot(slot: SlotRef, context: DescribeContext): string {
  return context.t("slot", {
    period: dayPeriod(slot.startMinutes),
    date: formatUnDayMonth(slot.date, context.locale),
    time: formatTimeRange(slot.startMinutes, slot.endMinutes, context.locale),
  });
}

function line(change: RevisionChange, context: DescribeContext): string[] {
  const { t, locale } = context;
  const number = (path: number[]) => formatItemNumber(path, locale, "full");
  switch (change.kind) {
    case "item-added":
    case "item-removed":
    case "item-retitled":
    case "annotation-changed":
      return [t(change.kind, { number: number(change.item.path), title: text(change.item.title, context) })];
    case "item-moved":
      return [
        t(change.kind, {
          number: number(change.item.path),
          from: number(change.from),
          title: text(change.item.title, context),
        }),
      ];
    case "documentation-changed":
      return [
        ...(change.added.length
          ? [t("documentation-added", { number: number(change.item.path), symbols: formatList(change.added, locale) })]
          : []),
        ...(change.removed.length
          ? [
              t("documentation-removed", {
                number: number(change.item.path),
                symbols: formatList(change.removed, locale),
              }),
            ]
          : []),
      ];
    case "item-rescheduled":
      return [
        change.slots.length
          ? t(change.kind, {
              number: number(change.item.path),
              slots: formatList(
                change.slots.map((slot) => describeSlot(slot, context)),
                locale,
              ),
            })
          : t("item-unscheduled", { number: number(change.item.path) }),
      ];
    case "slot-added":
    case "slot-removed":
      return [t(change.kind, { slot: describeSlot(change.slot, context) })];
    case "slot-changed":
      return [t(change.kind, { from: describeSlot(change.from, context), to: describeSlot(change.to, context) })];
    case "dates-changed":
      return [t(change.kind, { dates: formatSessionDates(change.startDate, change.endDate, locale) })];
    case "venue-changed":
      return [t(change.kind, { venue: text(change.venue, context) })];
    case "title-changed":
    case "document-title-changed":
    case "notes-changed":
      return [t(change.kind)];
  }
}

/** Every line of a changelog, in order. */
export function describeChanges(changes: readonly RevisionChange[], context: DescribeContext): string[] {
  return changes.flatMap((change) => line(change, context));
}
