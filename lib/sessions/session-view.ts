import { orderedItems } from "../agenda/numbering";
import { pickText, type PickedText } from "../i18n/localized-text";
import type { Locale } from "../i18n/locales";
import { markContinued } from "../schedule/continued";
import { linkSymbols } from "../documents/link-symbols";
import type { PublicDocument, PublicSession } from "./types";

/**
 * Everything the public session page shows, resolved for one reader's language: numbers derived from
 * positions, "(continued)" from slot order, each text in the best available language.
 */

export interface ItemView {
  id: string;
  /** "1", "1(a)" */
  number: string;
  /** "1.", "(a)" as the agenda list prints it */
  label: string;
  /** Element id from the item's place ("item-1-2" for 1(b)): numbers like "1 a)" hold spaces in some languages. */
  anchor: string;
  depth: number;
  title: PickedText | null;
  /** Markdown with links to the documents of this session that it mentions. */
  annotation: (PickedText & { markdown: string }) | null;
  status: PublicSession["items"][number]["status"];
  documents: DocumentView[];
  children: ItemView[];
}

export interface DocumentView {
  id: string;
  anchor: string;
  symbol: string;
  kind: string;
  distribution: PublicDocument["distribution"];
  title: PickedText | null;
  description: PickedText | null;
  versions: PublicDocument["versions"];
}

export interface SlotEntryView {
  itemId: string;
  number: string;
  title: PickedText | null;
  continued: boolean;
}

export interface DayView {
  date: string;
  slots: Array<{ id: string; startMinutes: number; endMinutes: number; entries: SlotEntryView[] }>;
}

export interface SessionView {
  items: ItemView[];
  documents: DocumentView[];
  days: DayView[];
}

export function documentAnchor(symbol: string): string {
  return `doc-${symbol.replace(/[^A-Za-z0-9.]+/g, "-")}`;
}

function toDocumentView(doc: PublicDocument, locale: Locale, working: readonly Locale[]): DocumentView {
  return {
    id: doc.id,
    anchor: documentAnchor(doc.symbol),
    symbol: doc.symbol,
    kind: doc.kind,
    distribution: doc.distribution,
    title: pickText(doc.title, locale, doc.originalLanguage, working),
    description: pickText(doc.description, locale, doc.originalLanguage, working),
    versions: doc.versions,
  };
}

export function buildSessionView(session: PublicSession, locale: Locale): SessionView {
  const original = session.originalLanguage;
  // The body's working languages come before the original wherever the reader's language has no final text.
  const working = session.body.workingLanguages;
  const documents = session.documents.map((doc) => toDocumentView(doc, locale, working));
  const documentsById = new Map(documents.map((doc) => [doc.id, doc]));
  const symbolHrefs = new Map(documents.map((doc) => [doc.symbol, `#${doc.anchor}`]));

  const byId = new Map<string, ItemView>();
  const items: ItemView[] = [];
  // orderedItems is depth first, so each item's parent is the last item seen one level up.
  const openAncestors: ItemView[] = [];
  for (const item of orderedItems(session.items, locale)) {
    const annotation = pickText(item.annotation, locale, original, working);
    const view: ItemView = {
      id: item.id,
      number: item.number,
      label: item.label,
      anchor: `item-${item.path.join("-")}`,
      depth: item.depth + 1,
      title: pickText(item.title, locale, original, working),
      annotation: annotation ? { ...annotation, markdown: linkSymbols(annotation.text, symbolHrefs) } : null,
      status: item.status,
      documents: item.documentIds.flatMap((id) => documentsById.get(id) ?? []),
      children: [],
    };
    openAncestors.length = item.depth;
    (openAncestors.at(-1)?.children ?? items).push(view);
    openAncestors.push(view);
    byId.set(item.id, view);
  }

  const days: DayView[] = [];
  for (const slot of markContinued(session.slots)) {
    let day = days.at(-1);
    if (!day || day.date !== slot.date) {
      day = { date: slot.date, slots: [] };
      days.push(day);
    }
    day.slots.push({
      id: slot.id,
      startMinutes: slot.startMinutes,
      endMinutes: slot.endMinutes,
      entries: slot.entries.flatMap((entry) => {
        const item = byId.get(entry.itemId);
        return item ? [{ itemId: item.id, number: item.number, title: item.title, continued: entry.continued }] : [];
      }),
    });
  }
  return { items, documents, days };
}
