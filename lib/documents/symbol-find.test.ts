import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findSymbols } from "./symbol";

const symbolsIn = (text: string) => findSymbols(text).map((f) => f.symbol);

describe("findSymbols", () => {
  // Annotation text from the reference session (CTOC/COP/WG.4/2018), including a symbol wrapped after a slash.
  const reference =
    "（见 CTOC/COP/WG.4/2017/3）。…修正草案（CTOC/COP/WG.4/2018/ \nCRP.1）。…报告（CTOC/COP/WG.8/2016/2）所载的…第 7/1 号决议";

  it("finds exactly the three symbols in the reference Chinese paragraph, not resolution 7/1", () => {
    expect(symbolsIn(reference)).toEqual([
      "CTOC/COP/WG.4/2017/3",
      "CTOC/COP/WG.4/2018/CRP.1",
      "CTOC/COP/WG.8/2016/2",
    ]);
  });

  it("reports where each raw match is, so the UI can link it in place", () => {
    for (const found of findSymbols(reference)) {
      const raw = reference.slice(found.index, found.index + found.length);
      expect(raw.replace(/\s/g, "")).toBe(found.symbol);
    }
    const [, wrapped] = findSymbols(reference);
    expect(wrapped && reference.slice(wrapped.index, wrapped.index + wrapped.length)).toBe("CTOC/COP/WG.4/2018/ \nCRP.1");
  });

  it("does not take resolution numbers, dates or ordinary slashes for symbols", () => {
    expect(findSymbols("resolution 7/1 of 2018/2019, and/or 30 km/h, HIV/AIDS, COVID/19")).toEqual([]);
  });

  it("leaves out sentence punctuation and the closing bracket around a symbol", () => {
    expect(findSymbols("See A/78/250.")).toEqual([{ symbol: "A/78/250", index: 4, length: 8 }]);
    expect(symbolsIn("(resolution S/RES/2231(2015)), and A/HRC/55/L.1/Rev.1;")).toEqual([
      "S/RES/2231(2015)",
      "A/HRC/55/L.1/Rev.1",
    ]);
  });

  it("finds full-width symbols and reports them in canonical form", () => {
    expect(findSymbols("见ＣＴＯＣ／ＣＯＰ／ＷＧ．４／２０１８／ＣＲＰ．１。")).toEqual([
      { symbol: "CTOC/COP/WG.4/2018/CRP.1", index: 1, length: 24 },
    ]);
  });

  it("stops a symbol before ordinary words that follow a slash", () => {
    expect(symbolsIn("documents A/78/250/ and A/78/251/and more")).toEqual(["A/78/250", "A/78/251"]);
  });

  it("does not invent a shorter symbol from a range of meeting records", () => {
    expect(symbolsIn("Verbatim records A/C.1/70/PV.2-12")).toEqual([]);
  });

  it("accepts an unknown upper-case series only with a full structure", () => {
    expect(symbolsIn("WIPO/GRTKF/IC/47/4 and XYZ/12")).toEqual(["WIPO/GRTKF/IC/47/4"]);
  });

  it("never throws and only returns symbols that lie inside the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        for (const found of findSymbols(text)) {
          expect(found.index).toBeGreaterThanOrEqual(0);
          expect(found.index + found.length).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 500 },
    );
  });
});
