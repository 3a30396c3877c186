import { describe, expect, it } from "vitest";
import { pickText, toLocalizedText } from "./localized-text";

describe("pickText", () => {
  const title = toLocalizedText({ zh: "组织事项", en: "Organizational matters" });

  it("shows the page's language when the text exists in it", () => {
    expect(pickText(title, "en", "zh")).toEqual({ text: "Organizational matters", lang: "en", isFallback: false });
  });

  it("shows a French reader English where French is missing, and says so", () => {
    expect(pickText(title, "fr", "zh")).toEqual({ text: "Organizational matters", lang: "en", isFallback: true });
  });

  it("falls back to the original language where the working languages have no text either", () => {
    expect(pickText({ zh: "组织事项" }, "fr", "zh")).toEqual({ text: "组织事项", lang: "zh", isFallback: true });
    expect(pickText({ zh: "组织事项", en: "Organizational matters" }, "ru", "zh", [])).toMatchObject({ lang: "zh" });
  });

  it("returns null only when no language has text", () => {
    expect(pickText({}, "en", "zh")).toBeNull();
  });
});

describe("toLocalizedText", () => {
  it("keeps official languages with text and drops everything else", () => {
    expect(toLocalizedText({ zh: "文", de: "Text", en: "  ", fr: 3 })).toEqual({ zh: "文" });
    expect(toLocalizedText(null)).toEqual({});
    expect(toLocalizedText(["x"])).toEqual({});
  });
});
