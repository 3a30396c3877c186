import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { numberItems, type AgendaItemPlacement } from "./numbering";
import {
  applyDelete,
  applyMove,
  changedPlacements,
  depthOf,
  dropTarget,
  indentTarget,
  moveDownTarget,
  moveUpTarget,
  outdentTarget,
  placementProblem,
  subtreeHeight,
} from "./reorder";

// 1. opening  (a) opening-session  (b) election
// 2. review   (a) art5 (i) art5-i (ii) art5-ii   (b) art6
// 3. adoption — stored with gaps, as older data may be.
const agenda: AgendaItemPlacement[] = [
  { id: "opening", parentId: null, position: 10 },
  { id: "opening-session", parentId: "opening", position: 100 },
  { id: "election", parentId: "opening", position: 200 },
  { id: "review", parentId: null, position: 20 },
  { id: "art5", parentId: "review", position: 5 },
  { id: "art5-i", parentId: "art5", position: 1 },
  { id: "art5-ii", parentId: "art5", position: 2 },
  { id: "art6", parentId: "review", position: 9 },
  { id: "adoption", parentId: null, position: 30 },
];

const numbers = (items: AgendaItemPlacement[]) =>
  Object.fromEntries([...numberItems(items)].map(([id, n]) => [id, n.number]));

/** Every sibling group is numbered 1..n. */
function contiguous(items: AgendaItemPlacement[]): boolean {
  const groups = new Map<string | null, number[]>();
  for (const item of items) groups.set(item.parentId, [...(groups.get(item.parentId) ?? []), item.position]);
  return [...groups.values()].every((positions) => positions.sort((a, b) => a - b).every((p, i) => p === i + 1));
}

describe("applyMove", () => {
  it("moves an item among its siblings and renumbers them contiguously", () => {
    const after = applyMove(agenda, "adoption", { parentId: null, position: 1 });
    expect(numbers(after)).toMatchObject({
      adoption: "1",
      opening: "2",
      "opening-session": "2(a)",
      review: "3",
      "art5-ii": "3(a)(ii)",
    });
    expect(after.filter((i) => i.parentId === null).map((i) => [i.id, i.position])).toEqual([
      ["opening", 2],
      ["review", 3],
      ["adoption", 1],
    ]);
  });

  it("moves an item with its sub-items to another parent and closes the gap it leaves", () => {
    const after = applyMove(agenda, "election", { parentId: "review", position: 2 });
    expect(numbers(after)).toMatchObject({ "opening-session": "1(a)", art5: "2(a)", election: "2(b)", art6: "2(c)" });
    expect(contiguous(after.filter((i) => ["opening", "review"].includes(i.parentId ?? "")))).toBe(true);
  });

  it("clamps the position to the sibling group", () => {
    expect(numbers(applyMove(agenda, "opening", { parentId: null, position: 99 })).opening).toBe("3");
    expect(numbers(applyMove(agenda, "adoption", { parentId: null, position: -4 })).adoption).toBe("1");
  });

  it("refuses to put an item under itself or deeper than three levels", () => {
    expect(placementProblem(agenda, "review", "art5-i")).toBe("into-itself");
    expect(placementProblem(agenda, "art5", "opening-session")).toBe("too-deep");
    expect(placementProblem(agenda, "election", "art5")).toBeNull();
    expect(() => applyMove(agenda, "review", { parentId: "art5", position: 1 })).toThrow(/into-itself/);
  });

  it("keeps every sibling group contiguous whatever is moved where (property)", () => {
    const ids = agenda.map((i) => i.id);
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        fc.constantFrom(null, ...ids),
        fc.integer({ min: -2, max: 12 }),
        (id, parentId, position) => {
          if (placementProblem(agenda, id, parentId)) return;
          const after = applyMove(agenda, id, { parentId, position });
          const touched = after.filter(
            (i) => i.parentId === parentId || i.parentId === agenda.find((a) => a.id === id)?.parentId,
          );
          expect(contiguous(touched)).toBe(true);
          expect(after).toHaveLength(agenda.length);
          expect(Object.keys(numbers(after))).toHaveLength(agenda.length);
        },
      ),
    );
  });
});

describe("keyboard moves", () => {
  it("moves up and down among siblings, not past either end", () => {
    expect(moveUpTarget(agenda, "election")).toEqual({ parentId: "opening", position: 1 });
    expect(moveUpTarget(agenda, "opening-session")).toBeNull();
    expect(moveDownTarget(agenda, "review")).toEqual({ parentId: null, position: 3 });
    expect(moveDownTarget(agenda, "adoption")).toBeNull();
  });

  it("indents an item under the sibling above it, as its last sub-item", () => {
    expect(indentTarget(agenda, "adoption")).toEqual({ parentId: "review", position: 3 });
    expect(indentTarget(agenda, "election")).toEqual({ parentId: "opening-session", position: 1 });
    expect(indentTarget(agenda, "opening")).toBeNull();
    // review(a) already has a third level below it: indenting it would make a fourth.
    expect(indentTarget(agenda, "art6")).toEqual({ parentId: "art5", position: 3 });
    expect(indentTarget(applyMove(agenda, "art6", { parentId: "art5", position: 3 }), "art5-ii")).toBeNull();
    expect(indentTarget(agenda, "review")).toBeNull();
  });

  it("outdents an item to just after its former parent", () => {
    const after = applyMove(agenda, "art5-i", outdentTarget(agenda, "art5-i") ?? { parentId: "x", position: 0 });
    expect(numbers(after)).toMatchObject({ art5: "2(a)", "art5-ii": "2(a)(i)", "art5-i": "2(b)", art6: "2(c)" });
    expect(outdentTarget(agenda, "opening")).toBeNull();
  });

  it("indent then outdent brings the item back where it was", () => {
    const indented = applyMove(agenda, "adoption", indentTarget(agenda, "adoption") ?? { parentId: null, position: 1 });
    expect(numbers(indented).adoption).toBe("2(c)");
    const back = applyMove(
      indented,
      "adoption",
      outdentTarget(indented, "adoption") ?? { parentId: null, position: 1 },
    );
    expect(numbers(back)).toEqual(numbers(agenda));
  });
});

describe("dropTarget", () => {
  it("puts the dragged item before the item it is dropped on when dragged up, after it when dragged down", () => {
    expect(dropTarget(agenda, "adoption", "opening")).toEqual({ parentId: null, position: 1 });
    expect(dropTarget(agenda, "opening", "review")).toEqual({ parentId: null, position: 2 });
    expect(dropTarget(agenda, "opening-session", "election")).toEqual({ parentId: "opening", position: 2 });
  });

  it("takes the level of the item dropped on", () => {
    expect(dropTarget(agenda, "adoption", "art6")).toEqual({ parentId: "review", position: 2 });
    expect(dropTarget(agenda, "election", "art5-ii")).toEqual({ parentId: "art5", position: 3 });
  });

  it("ignores drops that change nothing and refuses impossible ones", () => {
    expect(dropTarget(agenda, "review", "review")).toBeNull();
    expect(dropTarget(agenda, "review", "art5-i")).toBeNull();
    expect(dropTarget(agenda, "review", "opening-session")).toBe("too-deep");
    expect(dropTarget(agenda, "missing", "review")).toBe("not-found");
  });
});

describe("helpers", () => {
  it("measures depth and the height of a subtree", () => {
    expect(depthOf(agenda, "art5-ii")).toBe(2);
    expect(depthOf(agenda, "opening")).toBe(0);
    expect(subtreeHeight(agenda, "review")).toBe(2);
    expect(subtreeHeight(agenda, "adoption")).toBe(0);
  });

  it("deletes an item with its sub-items and renumbers its former siblings", () => {
    const after = applyDelete(agenda, "art5");
    expect(after.map((i) => i.id)).not.toContain("art5-i");
    expect(after.find((i) => i.id === "art6")?.position).toBe(1);
    expect(numbers(after).art6).toBe("2(a)");
  });

  it("lists only the rows whose place changed", () => {
    const after = applyMove(agenda, "adoption", { parentId: null, position: 1 });
    expect(
      changedPlacements(agenda, after)
        .map((i) => i.id)
        .sort(),
    ).toEqual(["adoption", "opening", "review"]);
  });
});
