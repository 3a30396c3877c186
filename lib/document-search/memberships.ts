import { orderedItems, type AgendaItemPlacement } from "../agenda/numbering";
import type { Locale } from "../i18n/locales";

/** The items a document is listed under in one session, numbered from that session's whole agenda. */
export function numberedItemsOf(
  membership: { agenda: AgendaItemPlacement[]; itemIds: string[] },
  locale: Locale,
): Array<{ number: string; anchor: string }> {
  const wanted = new Set(membership.itemIds);
  return orderedItems(membership.agenda, locale)
    .filter((item) => wanted.has(item.id))
    .map((item) => ({ number: item.number, anchor: `item-${item.path.join("-")}` }));
}
