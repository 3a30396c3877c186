import { describe, expect, it } from "vitest";
import { addItem, canMove, draftRows, dropItem, moveItem } from "./draft-tree";
import type { DraftItemInput } from "./schema";

const item = (key: string, children: DraftItemInput[] = []): DraftItemInput => ({
  key,
  title: `Title ${key}`,
  annotation: "",
  documents: [],
  children,
});

// 1, 1(a), 1(b), 2, 3 — keys as the importer gave them.
const agenda = [item("1", [item("1(a)"), item("1(b)")]), item("2"), item("3")];
const outline = (items: DraftItemInput[]) => draftRows(items).map((r) => `${r.number}=${r.key}`);

describe("the imported agenda under review", () => {
  it("numbers items by their place while keeping their keys", () => {
    expect(outline(agenda)).toEqual(["1=1", "1(a)=1(a)", "1(b)=1(b)", "2=2", "3=3"]);
  });

  it("moves an item up and down among its siblings, with its sub-items", () => {
    expect(outline(moveItem(agenda, [1], "up"))).toEqual(["1=2", "2=1", "2(a)=1(a)", "2(b)=1(b)", "3=3"]);
    expect(outline(moveItem(agenda, [0, 0], "down"))).toEqual(["1=1", "1(a)=1(b)", "1(b)=1(a)", "2=2", "3=3"]);
    expect(canMove(agenda, [0], "up")).toBe(false);
    expect(canMove(agenda, [2], "down")).toBe(false);
  });

  it("demotes an item under the one above and promotes a sub-item to follow its parent", () => {
    expect(outline(moveItem(agenda, [2], "demote"))).toEqual(["1=1", "1(a)=1(a)", "1(b)=1(b)", "2=2", "2(a)=3"]);
    expect(outline(moveItem(agenda, [0, 1], "promote"))).toEqual(["1=1", "1(a)=1(a)", "2=1(b)", "3=2", "4=3"]);
    expect(canMove(agenda, [0], "promote")).toBe(false);
    expect(canMove(agenda, [0, 0], "demote")).toBe(false);
  });

  it("never nests deeper than the agenda allows", () => {
    const deep = [
      item("1", [item("1(a)", [item("1(a)(i)")]), item("1(b)", [item("1(b)(i)")])]),
      item("2", [item("2(a)")]),
    ];
    expect(canMove(deep, [0, 1], "demote")).toBe(false);
    expect(canMove(deep, [1], "demote")).toBe(true);
    expect(outline(dropItem(deep, "2", "1(a)(i)"))).toEqual(outline(deep));
  });

  it("drops a dragged item in the place of the one it was dropped on", () => {
    expect(outline(dropItem(agenda, "3", "1"))).toEqual(["1=3", "2=1", "2(a)=1(a)", "2(b)=1(b)", "3=2"]);
    // Dragged up onto 1(b): it goes before it, as a sub-item of 1.
    expect(outline(dropItem(agenda, "2", "1(b)"))).toEqual(["1=1", "1(a)=1(a)", "1(b)=2", "1(c)=1(b)", "2=3"]);
    expect(outline(dropItem(agenda, "1", "1(a)"))).toEqual(outline(agenda));
  });

  it("adds empty items at the end or under an item, with keys of their own", () => {
    const added = addItem(addItem(agenda, null), [1]);
    expect(outline(added)).toEqual(["1=1", "1(a)=1(a)", "1(b)=1(b)", "2=2", "2(a)=new-2", "3=3", "4=new-1"]);
    expect(draftRows(added).find((r) => r.key === "new-1")?.item.title).toBe("");
  });
});
