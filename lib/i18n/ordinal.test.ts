import { describe, expect, it } from "vitest";
import { chineseNumeral, ordinalWord } from "./ordinal";

describe("ordinalWord", () => {
  it("spells English ordinals as UN documents do", () => {
    expect(ordinalWord(8, "en")).toBe("eighth");
    expect(ordinalWord(12, "en")).toBe("twelfth");
    expect(ordinalWord(20, "en")).toBe("twentieth");
    expect(ordinalWord(67, "en")).toBe("sixty-seventh");
    expect(ordinalWord(100, "en")).toBe("one hundredth");
    expect(ordinalWord(102, "en")).toBe("one hundred and second");
  });

  it("writes Chinese numerals for 第…次会议", () => {
    expect(ordinalWord(8, "zh")).toBe("八");
    expect(chineseNumeral(10)).toBe("十");
    expect(chineseNumeral(12)).toBe("十二");
    expect(chineseNumeral(67)).toBe("六十七");
    expect(chineseNumeral(102)).toBe("一百零二");
    expect(chineseNumeral(110)).toBe("一百一十");
  });

  it("leaves the figure to languages whose messages use figures", () => {
    expect(ordinalWord(8, "fr")).toBe("8");
    expect(ordinalWord(0, "en")).toBe("0");
  });
});
