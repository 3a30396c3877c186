import { numberItems } from "../agenda/numbering";
import { formatDayHeading, formatTimeRange } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import type { ScheduleFacts } from "./warnings";

/** Item numbers and slot descriptions that turn warnings into sentences in the reader's language. */
export function warningLabels(facts: ScheduleFacts, locale: Locale) {
  const items: Record<string, string> = {};
  for (const [id, number] of numberItems(facts.items, locale)) items[id] = number.number;
  const slots: Record<string, { date: string; label: string }> = {};
  for (const slot of facts.slots) {
    slots[slot.id] = {
      date: formatDayHeading(slot.date, locale),
      label: formatTimeRange(slot.startMinutes, slot.endMinutes, locale),
    };
  }
  return { items, slots };
}
