/**
 * Where agenda items go when they are moved, indented, outdented, dropped, added or deleted. Pure, so the
 * editor renumbers at once (optimistically) and the server computes exactly the same result from what it
 * re-reads inside its transaction. Positions are always rewritten as 1..n among siblings; stored gaps from
 * older data are closed by the first change that touches their sibling group.
 */
import { orderedItems, type AgendaItemPlacement } from "./numbering";

/** Items, sub-items and a third level ("(i)", "(ii)") as UN agendas use them: depths 0, 1 and 2. */
export const MAX_DEPTH = 2;

/** Where an item goes: its new parent and its 1-based place among the new siblings (the item itself not counted). */
export interface MoveTarget {
  parentId: string | null;
  position: number;
}

type Placement = AgendaItemPlacement;

const byPosition = (a: Placement, b: Placement) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The children of `parentId` in agenda order, optionally without one item. */
export function siblingsOf<T extends Placement>(items: readonly T[], parentId: string | null, withoutId?: string): T[] {
  return items.filter((item) => item.parentId === parentId && item.id !== withoutId).sort(byPosition);
}

function find<T extends Placement>(items: readonly T[], id: string | null): T | undefined {
  return id === null ? undefined : items.find((item) => item.id === id);
}

/** 0 for an item, 1 for a sub-item, 2 for a sub-sub-item; a broken parent chain stops the count. */
export function depthOf(items: readonly Placement[], id: string): number {
  let depth = 0;
  const seen = new Set<string>([id]);
  let parent = find(items, find(items, id)?.parentId ?? null);
  while (parent && !seen.has(parent.id)) {
    seen.add(parent.id);
    depth++;
    parent = find(items, parent.parentId);
  }
  return depth;
}

/** Ids of the item and everything under it. */
export function subtreeIds(items: readonly Placement[], id: string): Set<string> {
  const ids = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const item of items) {
      if (item.parentId !== null && ids.has(item.parentId) && !ids.has(item.id)) {
        ids.add(item.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** How many levels hang below the item: 0 for an item without sub-items. */
export function subtreeHeight(items: readonly Placement[], id: string): number {
  const below = (current: string, guard: number): number => {
    if (guard > items.length) return 0;
    const children = items.filter((item) => item.parentId === current);
    return children.length === 0 ? 0 : 1 + Math.max(...children.map((child) => below(child.id, guard + 1)));
  };
  return below(id, 0);
}

export type PlacementProblem = "not-found" | "into-itself" | "too-deep";

/** Why the item (with its sub-items) cannot go under `parentId`, or null when it can. */
export function placementProblem(
  items: readonly Placement[],
  id: string,
  parentId: string | null,
): PlacementProblem | null {
  if (!find(items, id)) return "not-found";
  if (parentId === null) return subtreeHeight(items, id) > MAX_DEPTH ? "too-deep" : null;
  if (!find(items, parentId)) return "not-found";
  if (subtreeIds(items, id).has(parentId)) return "into-itself";
  return depthOf(items, parentId) + 1 + subtreeHeight(items, id) > MAX_DEPTH ? "too-deep" : null;
}

/** Renumbers one sibling group 1..n in the given order. */
function renumbered<T extends Placement>(group: readonly T[]): T[] {
  return group.map((item, index) => (item.position === index + 1 ? item : { ...item, position: index + 1 }));
}

/**
 * The whole list after moving `id` (with its sub-items) to `target`: the old and new sibling groups are
 * renumbered contiguously; the target position is clamped to the group. Throws on an impossible placement.
 */
export function applyMove<T extends Placement>(items: readonly T[], id: string, target: MoveTarget): T[] {
  const problem = placementProblem(items, id, target.parentId);
  if (problem) throw new Error(`Cannot move ${id}: ${problem}`);
  const moved = find(items, id) as T;
  const oldGroup = renumbered(siblingsOf(items, moved.parentId, id));
  const newGroup = siblingsOf(items, target.parentId, id);
  const index = Math.min(Math.max(Math.trunc(target.position), 1), newGroup.length + 1) - 1;
  newGroup.splice(index, 0, { ...moved, parentId: target.parentId });
  const changed = new Map<string, T>([...oldGroup, ...renumbered(newGroup)].map((item) => [item.id, item]));
  return items.map((item) => changed.get(item.id) ?? item);
}

/** The list without the item and its sub-items, its former siblings renumbered. */
export function applyDelete<T extends Placement>(items: readonly T[], id: string): T[] {
  const item = find(items, id);
  if (!item) return [...items];
  const gone = subtreeIds(items, id);
  const group = new Map(renumbered(siblingsOf(items, item.parentId, id)).map((sibling) => [sibling.id, sibling]));
  return items.filter((other) => !gone.has(other.id)).map((other) => group.get(other.id) ?? other);
}

/** The rows whose parent or position differ between two versions of the same list. */
export function changedPlacements<T extends Placement>(before: readonly Placement[], after: readonly T[]): T[] {
  const old = new Map(before.map((item) => [item.id, item]));
  return after.filter((item) => {
    const previous = old.get(item.id);
    return !previous || previous.parentId !== item.parentId || previous.position !== item.position;
  });
}

/** The item's current place expressed as a MoveTarget (its 1-based rank among its siblings). */
export function currentTarget(items: readonly Placement[], id: string): MoveTarget | null {
  const item = find(items, id);
  if (!item) return null;
  return { parentId: item.parentId, position: siblingsOf(items, item.parentId).findIndex((s) => s.id === id) + 1 };
}

export function moveUpTarget(items: readonly Placement[], id: string): MoveTarget | null {
  const current = currentTarget(items, id);
  return current && current.position > 1 ? { ...current, position: current.position - 1 } : null;
}

export function moveDownTarget(items: readonly Placement[], id: string): MoveTarget | null {
  const current = currentTarget(items, id);
  if (!current || current.position >= siblingsOf(items, current.parentId).length) return null;
  return { ...current, position: current.position + 1 };
}

/** Indent: the item becomes the last sub-item of the sibling just above it. */
export function indentTarget(items: readonly Placement[], id: string): MoveTarget | null {
  const current = currentTarget(items, id);
  if (!current || current.position < 2) return null;
  const previous = siblingsOf(items, current.parentId)[current.position - 2];
  if (!previous || placementProblem(items, id, previous.id)) return null;
  return { parentId: previous.id, position: siblingsOf(items, previous.id).length + 1 };
}

/** Outdent: the item is lifted one level and placed right after its former parent. */
export function outdentTarget(items: readonly Placement[], id: string): MoveTarget | null {
  const parent = find(items, find(items, id)?.parentId ?? null);
  if (!parent) return null;
  const parentPlace = currentTarget(items, parent.id);
  return parentPlace ? { parentId: parent.parentId, position: parentPlace.position + 1 } : null;
}

/**
 * Drag and drop in the flat, numbered list: the dragged item takes the place of the item it was dropped
 * on, at that item's level — before it when dragged upwards, after it when dragged downwards. Null when
 * nothing would change; a PlacementProblem when the drop is not allowed.
 */
export function dropTarget(
  items: readonly Placement[],
  activeId: string,
  overId: string,
): MoveTarget | PlacementProblem | null {
  if (activeId === overId) return null;
  const order = orderedItems(items).map((item) => item.id);
  const activeIndex = order.indexOf(activeId);
  const over = find(items, overId);
  if (activeIndex === -1 || !over) return "not-found";
  if (subtreeIds(items, activeId).has(overId)) return null;
  const problem = placementProblem(items, activeId, over.parentId);
  if (problem) return problem;
  const rank = siblingsOf(items, over.parentId, activeId).findIndex((s) => s.id === overId) + 1;
  const downwards = order.indexOf(overId) > activeIndex;
  const target = { parentId: over.parentId, position: downwards ? rank + 1 : rank };
  const current = currentTarget(items, activeId);
  return current && current.parentId === target.parentId && current.position === target.position ? null : target;
}
