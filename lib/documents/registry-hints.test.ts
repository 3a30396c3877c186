import { describe, expect, it } from "vitest";
import { outsidePrefix, suggestFromSymbol } from "./registry-hints";

describe("registry hints", () => {
  it("warn when a symbol is outside the body's prefix, comparing canonical forms", () => {
    expect(outsidePrefix("ctoc/cop/wg.4/2018/ crp.1", "CTOC/COP/WG.4")).toBe(false);
    expect(outsidePrefix("CTOC/COP/WG.4/2018/CRP.1", "ctoc/cop/wg.4")).toBe(false);
    expect(outsidePrefix("CTOC/COP/WG.40/2018/1", "CTOC/COP/WG.4")).toBe(true);
    expect(outsidePrefix("CTOC/COP/2018/1", "CTOC/COP/WG.4")).toBe(true);
    expect(outsidePrefix("not a symbol", "CTOC/COP/WG.4")).toBe(false);
  });

  it("suggest a kind and distribution from the nature segment", () => {
    expect(suggestFromSymbol("CTOC/COP/WG.4/2018/CRP.1")).toEqual({
      kind: "CONFERENCE_ROOM_PAPER",
      distribution: "GENERAL",
    });
    expect(suggestFromSymbol("A/HRC/55/L.1")).toEqual({ kind: "DRAFT_RESOLUTION", distribution: "LIMITED" });
    expect(suggestFromSymbol("CTOC/COP/WG.4/2018/2")).toEqual({ kind: "OTHER", distribution: "GENERAL" });
  });
});
