/**
 * The changelog of a revision: what differs between what was issued and what is issued now, in the original
 * language. Net changes, not the steps the audit recorded on the way: an item retitled twice reads as retitled once,
 * and one retitled and back not at all.
 */
import { numberItems } from "../agenda/numbering";
import type { LocalizedText } from "../i18n/localized-text";
import type { Locale } from "../i18n/locales";
import { sameOriginal } from "./content";
import type { IssuedContent, IssuedItem, IssuedSlot, ItemRef, RevisionChange, SlotRef } from "./types";

const slotRef = (slot: IssuedSlot): SlotRef => ({
  date: slot.date,
  startMinutes: slot.startMinutes,
  endMinutes: slot.endMinutes,
});

const bySlotTime = (a: SlotRef, b: SlotRef) => a.date.localeCompare(b.date) || a.startMinutes - b.startMinutes;

/** Indexes of a longest increasing run (not necessarily contiguous): the items that kept their order. */
function keptInOrder(values: number[]): Set<number> {
  const length = values.map(() => 1);
  const previous = values.map(() => -1);
  for (let i = 0; i < values.length; i++) {
    for (let j = 0; j < i; j++) {
      if (values[j]! < values[i]! && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
    }
  }
  let end = length.indexOf(Math.max(0, ...length));
  const kept = new Set<number>();
  while (end >= 0) {
    kept.add(end);
    end = previous[end]!;
  }
  return kept;
}

/** Items whose place changed: a new parent, or an order among their siblings that the others' moves do not explain. */
function movedItems(before: IssuedItem[], after: IssuedItem[]): Set<string> {
  const beforeById = new Map(before.map((item) => [item.id, item]));
  const moved = new Set<string>();
  const groups = new Map<string | null, IssuedItem[]>();
  for (const item of after) {
    const old = beforeById.get(item.id);
    if (!old) continue;
    if (old.parentId !== item.parentId) moved.add(item.id);
    else groups.set(item.parentId, [...(groups.get(item.parentId) ?? []), item]);
  }
  for (const siblings of groups.values()) {
    const ordered = siblings.sort((a, b) => a.position - b.position);
    const kept = keptInOrder(ordered.map((item) => beforeById.get(item.id)!.position));
    ordered.forEach((item, index) => {
      if (!kept.has(index)) moved.add(item.id);
    });
  }
  return moved;
}

function slotsOfItems(slots: IssuedSlot[]): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const slot of [...slots].sort((a, b) => bySlotTime(slotRef(a), slotRef(b)))) {
    for (const itemId of slot.itemIds) result.set(itemId, [...(result.get(itemId) ?? []), slot.id]);
  }
  return result;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value) => b.includes(value));
}

/** A field as the public may read it (final translations only); the changelog is public. */
export type Published = (
  row: { translationStates: Record<string, string> },
  value: LocalizedText,
  field: string,
) => LocalizedText;

const asWritten: Published = (_row, value) => value;

function itemChanges(
  before: IssuedContent,
  after: IssuedContent,
  original: Locale,
  symbols: Map<string, string>,
  published: Published,
) {
  const changes: RevisionChange[] = [];
  const beforeNumbers = numberItems(before.items);
  const afterNumbers = numberItems(after.items);
  const beforeById = new Map(before.items.map((item) => [item.id, item]));
  const afterIds = new Set(after.items.map((item) => item.id));
  const moved = movedItems(before.items, after.items);
  const slotsBefore = slotsOfItems(before.slots);
  const slotsAfter = slotsOfItems(after.slots);
  const afterSlots = new Map(after.slots.map((slot) => [slot.id, slot]));
  const ordered = [...after.items].sort((a, b) =>
    compare(afterNumbers.get(a.id)?.path ?? [], afterNumbers.get(b.id)?.path ?? []),
  );
  for (const item of ordered) {
    const ref: ItemRef = { path: afterNumbers.get(item.id)?.path ?? [], title: published(item, item.title, "title") };
    const old = beforeById.get(item.id);
    if (!old) {
      changes.push({ kind: "item-added", item: ref });
      continue;
    }
    if (!sameOriginal(old.title, item.title, original))
      changes.push({ kind: "item-retitled", item: ref, before: published(old, old.title, "title") });
    if (moved.has(item.id))
      changes.push({ kind: "item-moved", item: ref, from: beforeNumbers.get(item.id)?.path ?? [] });
    if (!sameOriginal(old.annotation, item.annotation, original))
      changes.push({ kind: "annotation-changed", item: ref });
    if (!sameSet(old.documentIds, item.documentIds)) {
      const symbolOf = (id: string) => symbols.get(id) ?? id;
      changes.push({
        kind: "documentation-changed",
        item: ref,
        added: item.documentIds.filter((id) => !old.documentIds.includes(id)).map(symbolOf),
        removed: old.documentIds.filter((id) => !item.documentIds.includes(id)).map(symbolOf),
      });
    }
    const [was, is] = [slotsBefore.get(item.id) ?? [], slotsAfter.get(item.id) ?? []];
    if (!sameSet(was, is)) {
      const slots = is.map((id) => slotRef(afterSlots.get(id)!));
      changes.push({ kind: "item-rescheduled", item: ref, slots });
    }
  }
  for (const item of before.items) {
    if (afterIds.has(item.id)) continue;
    const title = published(item, item.title, "title");
    changes.push({ kind: "item-removed", item: { path: beforeNumbers.get(item.id)?.path ?? [], title } });
  }
  return changes;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

function slotChanges(before: IssuedSlot[], after: IssuedSlot[]): RevisionChange[] {
  const beforeById = new Map(before.map((slot) => [slot.id, slot]));
  const afterIds = new Set(after.map((slot) => slot.id));
  const changes: Array<{ at: SlotRef; change: RevisionChange }> = [];
  for (const slot of after) {
    const old = beforeById.get(slot.id);
    const to = slotRef(slot);
    if (!old) changes.push({ at: to, change: { kind: "slot-added", slot: to } });
    else if (bySlotTime(slotRef(old), to) !== 0 || old.endMinutes !== slot.endMinutes) {
      changes.push({ at: to, change: { kind: "slot-changed", from: slotRef(old), to } });
    }
  }
  for (const slot of before) {
    if (!afterIds.has(slot.id))
      changes.push({ at: slotRef(slot), change: { kind: "slot-removed", slot: slotRef(slot) } });
  }
  return changes.sort((a, b) => bySlotTime(a.at, b.at)).map((entry) => entry.change);
}

/** What issuing `after` changes for a reader of `before`; `symbols` names linked documents by their UN symbols. */
export function revisionChanges(
  before: IssuedContent,
  after: IssuedContent,
  original: Locale,
  symbols: Map<string, string> = new Map(),
  published: Published = asWritten,
): RevisionChange[] {
  const changes: RevisionChange[] = [];
  if (!sameOriginal(before.title, after.title, original)) changes.push({ kind: "title-changed" });
  if (before.startDate !== after.startDate || before.endDate !== after.endDate) {
    changes.push({ kind: "dates-changed", startDate: after.startDate, endDate: after.endDate });
  }
  if (!sameOriginal(before.venue, after.venue, original)) {
    changes.push({ kind: "venue-changed", venue: published(after, after.venue, "venue") });
  }
  if (!sameOriginal(before.documentTitle, after.documentTitle, original))
    changes.push({ kind: "document-title-changed" });
  const notesOf = (content: IssuedContent) =>
    JSON.stringify(content.notes.map((note) => [note.kind, note.date, note.text[original] ?? ""]));
  if (notesOf(before) !== notesOf(after)) changes.push({ kind: "notes-changed" });
  return [
    ...changes,
    ...itemChanges(before, after, original, symbols, published),
    ...slotChanges(before.slots, after.slots),
  ];
}
