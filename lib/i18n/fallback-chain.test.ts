import { describe, expect, it } from "vitest";
import { chooseText, fallbackChain, substituteLanguages } from "./fallback-chain";

describe("fallbackChain", () => {
  it("tries the reader's language, then the working languages in order, then the original", () => {
    expect(fallbackChain("fr", "zh").slice(0, 3)).toEqual(["fr", "en", "zh"]);
    expect(fallbackChain("ru", "zh", ["es", "en"]).slice(0, 4)).toEqual(["ru", "es", "en", "zh"]);
    expect(fallbackChain("en", "zh").slice(0, 2)).toEqual(["en", "zh"]);
    expect(fallbackChain("fr", "zh")).toHaveLength(6);
  });

  it("shows English where French is missing, and the original where English is missing too", () => {
    const chain = fallbackChain("fr", "zh");
    expect(chooseText({ zh: "开幕", en: "Opening", fr: "Ouverture" }, chain)).toEqual({
      text: "Ouverture",
      lang: "fr",
    });
    expect(chooseText({ zh: "开幕", en: "Opening" }, chain)).toEqual({ text: "Opening", lang: "en" });
    expect(chooseText({ zh: "开幕" }, chain)).toEqual({ text: "开幕", lang: "zh" });
    expect(chooseText({}, chain)).toBeNull();
  });

  it("lists each substitute language once, in order of first use", () => {
    const texts = [
      { text: "a", lang: "fr" as const },
      { text: "b", lang: "en" as const },
      null,
      { text: "c", lang: "zh" as const },
      { text: "d", lang: "en" as const },
    ];
    expect(substituteLanguages(texts, "fr")).toEqual(["en", "zh"]);
  });
});
