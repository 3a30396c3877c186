import { orderedItems } from "../../agenda/numbering";
import { pickText, type LocalizedText, type PickedText } from "../../i18n/localized-text";
import type { Locale } from "../../i18n/locales";

/** The organization of work as the editor holds it in the browser: plain, serialisable, no Prisma types. */

export interface EditorSlot {
  id: string;
  version: number;
  /** "YYYY-MM-DD", a day in the session's time zone */
  date: string;
  /** minutes after midnight in the session's time zone */
  startMinutes: number;
  endMinutes: number;
  itemIds: string[];
}

export interface EditorItem {
  id: string;
  parentId: string | null;
  position: number;
  title: LocalizedText;
}

/** An agenda item as the editor lists it: its derived number and its title in the page language. */
export interface EditorItemView {
  id: string;
  number: string;
  depth: number;
  title: PickedText | null;
}

/** Items in agenda order, numbered and titled for the reader (the original language stands in for a missing translation). */
export function editorItemViews(
  items: readonly EditorItem[],
  locale: Locale,
  originalLanguage: Locale,
): EditorItemView[] {
  return orderedItems(items, locale).map((item) => ({
    id: item.id,
    number: item.number,
    depth: item.depth,
    title: pickText(item.title, locale, originalLanguage),
  }));
}
