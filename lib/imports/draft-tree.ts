/**
 * Editing the imported agenda before the session exists: adding, reordering and moving items a level up or down.
 * Items keep their key whatever their place (the organization of work refers to them by it); their number is
 * their place, as the agenda will number them once created.
 */
import { MAX_DEPTH } from "../agenda/reorder";
import { letterName, toRoman } from "../agenda-parser/numbering";
import type { DraftItemInput } from "./schema";

export type Path = readonly number[];
export type DraftRow = { key: string; number: string; depth: number; path: Path; item: DraftItemInput };
export type Move = "up" | "down" | "promote" | "demote";

const mark = (depth: number, index: number): string =>
  depth === 0 ? String(index + 1) : `(${depth === 1 ? letterName(index + 1) : toRoman(index + 1)})`;

/** Every item in reading order with its number: 1, 1(a), 1(a)(i), 2 … */
export function draftRows(items: readonly DraftItemInput[]): DraftRow[] {
  const out: DraftRow[] = [];
  const walk = (list: readonly DraftItemInput[], parent: Path, prefix: string) =>
    list.forEach((item, index) => {
      const path = [...parent, index];
      const number = prefix + mark(parent.length, index);
      out.push({ key: item.key, number, depth: parent.length, path, item });
      walk(item.children, path, number);
    });
  walk(items, [], "");
  return out;
}

/** Levels under an item: 0 without children. */
function height(item: DraftItemInput): number {
  return item.children.reduce((h, child) => Math.max(h, 1 + height(child)), 0);
}

function siblingsAt(items: readonly DraftItemInput[], parent: Path): readonly DraftItemInput[] {
  let list = items;
  for (const i of parent) list = list[i]?.children ?? [];
  return list;
}

/** The tree with the list under `parent` replaced. */
function withSiblings(
  items: readonly DraftItemInput[],
  parent: Path,
  update: (list: DraftItemInput[]) => DraftItemInput[],
): DraftItemInput[] {
  if (parent.length === 0) return update([...items]);
  const [head, ...rest] = parent;
  return items.map((item, i) => (i === head ? { ...item, children: withSiblings(item.children, rest, update) } : item));
}

const itemAt = (items: readonly DraftItemInput[], path: Path): DraftItemInput | undefined =>
  siblingsAt(items, path.slice(0, -1))[path.at(-1) ?? -1];

/** Whether a move can be made: within bounds, and never deeper than the agenda's levels. */
export function canMove(items: readonly DraftItemInput[], path: Path, move: Move): boolean {
  const item = itemAt(items, path);
  const index = path.at(-1) ?? 0;
  if (!item) return false;
  const siblings = siblingsAt(items, path.slice(0, -1));
  switch (move) {
    case "up":
      return index > 0;
    case "down":
      return index < siblings.length - 1;
    case "promote":
      return path.length > 1;
    case "demote":
      return index > 0 && path.length + height(item) <= MAX_DEPTH;
  }
}

/** The tree after the move, and the moved item's new path; the tree unchanged when the move cannot be made. */
export function moveItem(items: readonly DraftItemInput[], path: Path, move: Move): DraftItemInput[] {
  if (!canMove(items, path, move)) return [...items];
  const item = itemAt(items, path);
  if (!item) return [...items];
  const parent = path.slice(0, -1);
  const index = path.at(-1) ?? 0;
  if (move === "up" || move === "down") {
    const other = move === "up" ? index - 1 : index + 1;
    return withSiblings(items, parent, (list) => {
      const a = list[index];
      const b = list[other];
      if (!a || !b) return list;
      list[index] = b;
      list[other] = a;
      return list;
    });
  }
  const removed = withSiblings(items, parent, (list) => list.filter((_, i) => i !== index));
  if (move === "demote") {
    // Under the item above, as its last sub-item.
    return withSiblings(removed, [...parent, index - 1], (list) => [...list, item]);
  }
  // Right after the item it was under.
  const grandparent = parent.slice(0, -1);
  const parentIndex = parent.at(-1) ?? 0;
  return withSiblings(removed, grandparent, (list) => [
    ...list.slice(0, parentIndex + 1),
    item,
    ...list.slice(parentIndex + 1),
  ]);
}

/**
 * A drag and drop: the dragged item (with its sub-items) takes the place of the one it was dropped on, at that
 * one's level, before it when dragged up and after it when dragged down. Dropping on itself, on one of its own
 * sub-items, or where it would be nested too deep changes nothing.
 */
export function dropItem(items: readonly DraftItemInput[], activeKey: string, overKey: string): DraftItemInput[] {
  const rows = draftRows(items);
  const from = rows.findIndex((r) => r.key === activeKey);
  const to = rows.findIndex((r) => r.key === overKey);
  const active = rows[from];
  const over = rows[to];
  if (!active || !over || from === to) return [...items];
  const inside = over.path.length > active.path.length && active.path.every((p, i) => over.path[i] === p);
  if (inside || over.depth + height(active.item) > MAX_DEPTH) return [...items];
  const removed = withSiblings(items, active.path.slice(0, -1), (list) =>
    list.filter((_, i) => i !== active.path.at(-1)),
  );
  const target = draftRows(removed).find((r) => r.key === overKey);
  if (!target) return [...items];
  const at = (target.path.at(-1) ?? 0) + (to > from ? 1 : 0);
  return withSiblings(removed, target.path.slice(0, -1), (list) => [
    ...list.slice(0, at),
    active.item,
    ...list.slice(at),
  ]);
}

/** A key no item has yet, for an item the secretariat adds. */
export function freshKey(items: readonly DraftItemInput[]): string {
  const keys = new Set(draftRows(items).map((r) => r.key));
  let n = 1;
  while (keys.has(`new-${n}`)) n++;
  return `new-${n}`;
}

const blank = (key: string): DraftItemInput => ({ key, title: "", annotation: "", documents: [], children: [] });

/** A new, empty item: at the end of the agenda, or as the last sub-item of the item at `parent`. */
export function addItem(items: readonly DraftItemInput[], parent: Path | null): DraftItemInput[] {
  const key = freshKey(items);
  return withSiblings(items, parent ?? [], (list) => [...list, blank(key)]);
}
