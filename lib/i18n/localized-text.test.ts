import { describe, expect, it } from "vitest";
import { pickText, toLocalizedText } from "./localized-text";

describe("pickText", () => {
  const title = toLocalizedText({ zh: "组织事项", en: "Organizational matters" });

  it("shows the page's language when the text exists in it", () => {
    expect(pickText(title, "en", "zh")).toEqual({ text: "Organizational matters", lang: "en", isFallback: false });
  });

  it("falls back to the original language and says so", () => {
    expect(pickText(title, "fr", "zh")).toEqual({ text: "组织事项", lang: "zh", isFallback: true });
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
