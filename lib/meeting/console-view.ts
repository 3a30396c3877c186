import type { ItemView } from "../sessions/session-view";
import { buildSessionView } from "../sessions/session-view";
import type { Locale } from "../i18n/locales";
import type { PublicSession } from "../sessions/types";
import type { ConsoleItem, PlanSlot } from "./console-plan";

/** The agenda in order, numbered and titled in the reader's language, and the planned slots: what the console needs. */
export function buildConsoleAgenda(
  session: PublicSession,
  locale: Locale,
): { items: ConsoleItem[]; slots: PlanSlot[] } {
  const items: ConsoleItem[] = [];
  const visit = (views: ItemView[], parentId: string | null) => {
    for (const view of views) {
      items.push({
        id: view.id,
        parentId,
        number: view.number,
        depth: view.depth,
        title: view.title ? { text: view.title.text, lang: view.title.lang } : null,
      });
      visit(view.children, view.id);
    }
  };
  visit(buildSessionView(session, locale).items, null);
  const slots = session.slots.map(({ id, date, startMinutes, endMinutes, itemIds }) => ({
    id,
    date,
    startMinutes,
    endMinutes,
    itemIds,
  }));
  return { items, slots };
}
