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

  it("spells French, Spanish, Russian and Arabic ordinals agreed with their noun", () => {
    expect(ordinalWord(8, "fr", "f")).toBe("huitième");
    expect(ordinalWord(1, "fr", "f")).toBe("première");
    expect(ordinalWord(21, "fr", "f")).toBe("vingt et unième");
    expect(ordinalWord(75, "fr", "f")).toBe("soixante-quinzième");
    expect(ordinalWord(80, "fr", "f")).toBe("quatre-vingtième");
    expect(ordinalWord(99, "fr", "f")).toBe("quatre-vingt-dix-neuvième");
    expect(ordinalWord(8, "es", "f")).toBe("octava");
    expect(ordinalWord(1, "es", "m")).toBe("primer");
    expect(ordinalWord(13, "es", "m")).toBe("decimotercer");
    expect(ordinalWord(18, "es", "f")).toBe("decimoctava");
    expect(ordinalWord(73, "es", "m")).toBe("septuagésimo tercer");
    expect(ordinalWord(8, "ru", "n")).toBe("восьмое");
    expect(ordinalWord(3, "ru", "f")).toBe("третья");
    expect(ordinalWord(40, "ru", "n")).toBe("сороковое");
    expect(ordinalWord(73, "ru", "f")).toBe("семьдесят третья");
    expect(ordinalWord(8, "ar", "m")).toBe("الثامن");
    expect(ordinalWord(8, "ar", "f")).toBe("الثامنة");
    expect(ordinalWord(11, "ar", "m")).toBe("الحادي عشر");
    expect(ordinalWord(12, "ar", "f")).toBe("الثانية عشرة");
    expect(ordinalWord(73, "ar", "f")).toBe("الثالثة والسبعون");
  });

  it("writes large ordinals as figures with each language's mark, and leaves nonsense as given", () => {
    expect(ordinalWord(100, "fr", "f")).toBe("100e");
    expect(ordinalWord(100, "es", "m")).toBe("100.º");
    expect(ordinalWord(100, "ru", "n")).toBe("100-е");
    expect(ordinalWord(0, "en")).toBe("0");
  });
});
