import { describe, expect, it } from "vitest";
import { buildWordIndex, joinPieces } from "./join";

describe("undoing line breaks inside a paragraph", () => {
  it("joins Chinese without a space, but keeps the space the UN style puts around figures", () => {
    expect(joinPieces("题为“贩运人口案", "件中的国际合作")).toBe("题为“贩运人口案件中的国际合作");
    expect(joinPieces("商定将于 2018 年 7 月 2", "日和 3 日")).toBe("商定将于 2018 年 7 月 2 日和 3 日");
    expect(joinPieces("（见", "CTOC/COP/WG.4/2017/3）")).toBe("（见 CTOC/COP/WG.4/2017/3）");
  });

  it("rejoins a symbol wrapped after a slash", () => {
    expect(joinPieces("草案（CTOC/COP/WG.4/2018/", "CRP.1）")).toBe("草案（CTOC/COP/WG.4/2018/CRP.1）");
    expect(joinPieces("(CTOC/COP/WG.4/", "2019/2)")).toBe("(CTOC/COP/WG.4/2019/2)");
  });

  it("removes a hyphen that only split a word, and keeps one that belongs to it", () => {
    const words = buildWordIndex(["the follow-up to the identification of victims"]);
    expect(joinPieces("the identifica-", "tion of", words)).toBe("the identification of");
    expect(joinPieces("the follow-", "up to", words)).toBe("the follow-up to");
    expect(joinPieces("a non-", "governmental body", words)).toBe("a non-governmental body");
    expect(joinPieces("for 2018-", "2019", words)).toBe("for 2018-2019");
  });

  it("joins other languages with a space", () => {
    expect(joinPieces("will be opened at", "10 a.m.")).toBe("will be opened at 10 a.m.");
  });
});
