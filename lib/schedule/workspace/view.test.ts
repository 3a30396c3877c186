import { describe, expect, it } from "vitest";
import { editorItemViews } from "./view";

const items = [
  { id: "b", parentId: null, position: 2, title: { en: "Other matters" } },
  { id: "a", parentId: null, position: 1, title: { zh: "组织事项", en: "Organizational matters" } },
  { id: "a1", parentId: "a", position: 1, title: { zh: "会议开幕" } },
];

describe("editorItemViews", () => {
  it("lists items in agenda order with their derived numbers", () => {
    expect(editorItemViews(items, "en", "zh").map((item) => [item.number, item.depth])).toEqual([
      ["1", 0],
      ["1(a)", 1],
      ["2", 0],
    ]);
    expect(editorItemViews(items, "fr", "zh").map((item) => item.number)).toEqual(["1", "1 a)", "2"]);
  });

  it("titles each item in the page language, falling back to the original language", () => {
    const [first, sub, last] = editorItemViews(items, "zh", "zh");
    expect(first?.title).toEqual({ text: "组织事项", lang: "zh", isFallback: false });
    expect(sub?.title?.text).toBe("会议开幕");
    expect(last?.title).toEqual({ text: "Other matters", lang: "en", isFallback: true });
    expect(editorItemViews(items, "en", "zh")[1]?.title).toEqual({ text: "会议开幕", lang: "zh", isFallback: true });
  });
});
