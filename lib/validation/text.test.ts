import { describe, expect, it } from "vitest";
import { idSchema, isSafeText, requiredText, safeString, safeText, versionSchema } from "./text";

const issue = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe("safe text", () => {
  it("keeps what people type, tabs and line breaks included", () => {
    for (const text of [
      "Opening of the session",
      "贩运人口问题工作组",
      "جدول الأعمال",
      "Line one\nline two\tand a tab\r\n",
      "😀 emoji pairs",
    ]) {
      expect(isSafeText(text), JSON.stringify(text)).toBe(true);
    }
  });

  it("refuses NUL, other controls and lone surrogates, which the database cannot store", () => {
    for (const text of [
      "A\u0000B",
      "bell\u0007",
      "escape\u001b[31m",
      "del\u007f",
      "c1\u0085",
      "half \uD800 pair",
      "low \uDC00",
      "end\uD83D",
    ]) {
      expect(isSafeText(text), JSON.stringify(text)).toBe(false);
      expect(issue(safeText(100).safeParse(text))).toBe("invalidCharacters");
    }
  });

  it("trims, bounds the length and requires text where asked", () => {
    expect(safeText(10).parse("  title  ")).toBe("title");
    expect(issue(safeText(3).safeParse("abcd"))).toBe("tooLong");
    expect(issue(requiredText(3).safeParse("   "))).toBe("required");
    expect(safeString(10).parse("  kept  ")).toBe("  kept  ");
    expect(issue(safeString(10).safeParse(42))).toBe("invalid");
  });
});

describe("ids and versions", () => {
  it("accept what the database makes and nothing else", () => {
    expect(idSchema.safeParse("cmx7a2ii20002907dq3kzhfwr").success).toBe(true);
    for (const id of ["", "a\u0000", "x".repeat(41), "../etc", "a b", 7])
      expect(idSchema.safeParse(id).success, String(id)).toBe(false);
  });

  it("keep versions within a PostgreSQL integer", () => {
    expect(versionSchema.safeParse(2_147_483_647).success).toBe(true);
    for (const version of [0, 1.5, 2_147_483_648, 1e308, Number.NaN, "1"])
      expect(versionSchema.safeParse(version).success, String(version)).toBe(false);
  });
});
