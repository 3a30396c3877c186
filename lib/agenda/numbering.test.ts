import { describe, expect, it } from "vitest";
import {
  compareItemNumbers,
  formatItemNumber,
  itemLetter,
  lowerRoman,
  numberItems,
  orderedItems,
  type AgendaItemPlacement,
} from "./numbering";

// The shape of the reference session's agenda, stored with gaps and out of order.
const agenda: AgendaItemPlacement[] = [
  { id: "adoption", parentId: null, position: 30 },
  { id: "opening", parentId: null, position: 10 },
  { id: "election", parentId: "opening", position: 200 },
  { id: "opening-session", parentId: "opening", position: 100 },
  { id: "review", parentId: null, position: 20 },
  { id: "review-art5", parentId: "review", position: 5 },
  { id: "review-art5-i", parentId: "review-art5", position: 1 },
  { id: "review-art5-ii", parentId: "review-art5", position: 2 },
  { id: "review-art6", parentId: "review", position: 9 },
];

const numbers = (items: AgendaItemPlacement[], locale: Parameters<typeof numberItems>[1] = "en") =>
  Object.fromEntries([...numberItems(items, locale)].map(([id, n]) => [id, n.number]));

describe("numberItems", () => {
  it("numbers items by position among siblings, ignoring gaps and input order", () => {
    expect(numbers(agenda)).toEqual({
      opening: "1",
      "opening-session": "1(a)",
      election: "1(b)",
      review: "2",
      "review-art5": "2(a)",
      "review-art5-i": "2(a)(i)",
      "review-art5-ii": "2(a)(ii)",
      "review-art6": "2(b)",
      adoption: "3",
    });
  });

  it("gives each item the short label shown in the agenda list", () => {
    const labels = [...numberItems(agenda, "en").values()].map((n) => n.label);
    expect(labels).toEqual(["1.", "(a)", "(b)", "2.", "(a)", "(i)", "(ii)", "(b)", "3."]);
    expect(numberItems(agenda).get("review-art5-ii")?.path).toEqual([2, 1, 2]);
  });

  it("renumbers everything after an item is moved", () => {
    const moved = agenda.map((item) =>
      item.id === "adoption" ? { ...item, position: 5 } : item.id === "election" ? { ...item, position: 50 } : item,
    );
    expect(numbers(moved)).toMatchObject({
      adoption: "1",
      opening: "2",
      election: "2(a)",
      "opening-session": "2(b)",
      review: "3",
      "review-art5-i": "3(a)(i)",
    });
  });

  it("renumbers the sub-items when one moves to another parent", () => {
    const moved = agenda.map((item) => (item.id === "election" ? { ...item, parentId: "review", position: 1 } : item));
    expect(numbers(moved)).toMatchObject({ election: "2(a)", "review-art5": "2(b)", "review-art6": "2(c)" });
  });

  it("breaks ties in position by id so the order never flickers", () => {
    const tied = [
      { id: "b", parentId: null, position: 1 },
      { id: "a", parentId: null, position: 1 },
    ];
    expect(numbers(tied)).toEqual({ a: "1", b: "2" });
  });

  it("keeps an item whose parent was deleted visible at the top level, and leaves out cycles", () => {
    const broken = [
      { id: "kept", parentId: null, position: 1 },
      { id: "orphan", parentId: "deleted", position: 2 },
      { id: "loop-a", parentId: "loop-b", position: 1 },
      { id: "loop-b", parentId: "loop-a", position: 1 },
      { id: "self", parentId: "self", position: 3 },
    ];
    expect(numbers(broken)).toEqual({ kept: "1", orphan: "2" });
  });

  it("numbers French, Spanish and Russian agendas with a closing bracket only", () => {
    for (const locale of ["fr", "es", "ru"] as const) {
      const result = numberItems(agenda, locale);
      expect(result.get("review-art5-ii")).toEqual({ path: [2, 1, 2], number: "2 a) ii)", label: "ii)" });
      expect(result.get("review")?.label).toBe("2.");
    }
  });

  it("numbers Chinese agendas like the English ones, with Western digits", () => {
    expect(numberItems(agenda, "zh").get("review-art5-ii")).toEqual({
      path: [2, 1, 2],
      number: "2(a)(ii)",
      label: "(ii)",
    });
  });

  it("uses Arabic letters in abjad order and Western digits in Arabic agendas", () => {
    const result = numberItems(agenda, "ar");
    expect(result.get("opening")?.label).toBe("1 -");
    expect(result.get("election")).toEqual({ path: [1, 2], number: "1 (ب)", label: "(ب)" });
    expect(result.get("review-art5-ii")).toEqual({ path: [2, 1, 2], number: "2 (أ) ’2‘", label: "’2‘" });
  });
});

describe("letters and numerals", () => {
  it("follows the abjad order for Arabic sub-items", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => itemLetter(n, "ar")).join(" ")).toBe("أ ب ج د هـ و ز ح ط ي");
    expect(itemLetter(28, "ar")).toBe("غ");
    expect(itemLetter(29, "ar")).toBe("أأ");
  });

  it("doubles the letter after z, as the UN does for long lists of sub-items", () => {
    expect(itemLetter(26, "en")).toBe("z");
    expect(itemLetter(27, "en")).toBe("aa");
    expect(itemLetter(28, "fr")).toBe("bb");
    expect(itemLetter(53, "en")).toBe("aaa");
    expect(formatItemNumber([99, 27], "en", "full")).toBe("99(aa)");
  });

  it("writes lower-case Roman numerals at the third level", () => {
    expect([1, 4, 9, 14, 40, 1994].map(lowerRoman)).toEqual(["i", "iv", "ix", "xiv", "xl", "mcmxciv"]);
    expect(formatItemNumber([1, 1, 4], "en", "short")).toBe("(iv)");
  });

  it("falls back to plain numbers below the third level", () => {
    expect(formatItemNumber([1, 1, 1, 2], "en", "full")).toBe("1(a)(i)(2)");
    expect(formatItemNumber([1, 1, 1, 2], "fr", "short")).toBe("2)");
  });

  it("formats an empty path as nothing", () => {
    expect(formatItemNumber([], "en", "full")).toBe("");
  });
});

describe("orderedItems and compareItemNumbers", () => {
  it("lists items depth first with their depth, keeping the caller's fields", () => {
    const withTitles = agenda.map((item) => ({ ...item, title: item.id.toUpperCase() }));
    const ordered = orderedItems(withTitles, "en");
    expect(ordered.map((i) => `${i.depth}:${i.number}:${i.title}`)).toEqual([
      "0:1:OPENING",
      "1:1(a):OPENING-SESSION",
      "1:1(b):ELECTION",
      "0:2:REVIEW",
      "1:2(a):REVIEW-ART5",
      "2:2(a)(i):REVIEW-ART5-I",
      "2:2(a)(ii):REVIEW-ART5-II",
      "1:2(b):REVIEW-ART6",
      "0:3:ADOPTION",
    ]);
  });

  it("sorts paths in agenda order", () => {
    const paths = [[2], [1, 2], [10], [1], [1, 1, 3], [1, 1]];
    expect([...paths].sort(compareItemNumbers)).toEqual([[1], [1, 1], [1, 1, 3], [1, 2], [2], [10]]);
  });
});
