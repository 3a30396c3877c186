import { describe, expect, it } from "vitest";
import { isValidSymbol, normalizeSymbolInput, parseSymbol, type SymbolErrorCode } from "./symbol";

function parsed(input: string) {
  const result = parseSymbol(input);
  if (!result.ok) throw new Error(`${input} rejected: ${JSON.stringify(result.error)}`);
  return result.value;
}

// Real symbols from ODS, the Dag Hammarskjöld Library guide and the reference session.
const REAL_SYMBOLS = [
  "CTOC/COP/WG.4/2018/CRP.1",
  "CTOC/COP/WG.4/2018/2",
  "CTOC/COP/WG.4/2017/3",
  "CTOC/COP/WG.8/2016/2",
  "CTOC/COP/2020/L.1",
  "CTOC/COP/WG.4/2018/INF/1",
  "S/RES/2231(2015)",
  "A/HRC/55/L.1/Rev.1",
  "A/RES/70/1",
  "A/RES/217(III)",
  "A/RES/ES-10/19",
  "A/ES-10/L.22",
  "A/RES/S-26/2",
  "A/HRC/RES/55/1",
  "A/C.3/78/L.1",
  "A/C.6/78/SR.2",
  "A/78/PV.5",
  "A/78/250",
  "A/78/250/Add.1",
  "A/77/6(Sect.29A)/Add.1",
  "A/62/17(PartI)",
  "S/PV.8000",
  "S/PV.6201(Resumption1)",
  "S/2015/1",
  "S/2023/1/Corr.1",
  "S/PRST/2015/1",
  "E/2019/L.1",
  "E/CN.15/2018/L.1",
  "E/CN.4/Sub.2/1999/SR.3",
  "E/ESCAP/RES/75/1",
  "E/ICEF/2019/P/L.1",
  "ST/SGB/2019/8",
  "ST/AI/2010/4/Rev.1",
  "ST/AI/189/Add.3/Rev.2",
  "CCPR/C/GC/36",
  "CCPR/C/118/D/2561/2015",
  "CERD/C/USA/CO/10-12",
  "CEDAW/C/GC/38",
  "CRC/C/GC/25",
  "CAT/C/GC/4",
  "CRPD/C/GC/7",
  "CMW/C/GC/5",
  "UNEP/EA.5/Res.14",
  "UNEP/OzL.Pro.31/9",
  "UNEP/CBD/COP/DEC/XIII/1",
  "FCCC/CP/2015/10/Add.1",
  "FCCC/SBSTA/2019/MISC.1",
  "ECE/TRANS/WP.29/1160",
  "ICCD/COP(14)/23",
  "A/HRC/WG.6/44/USA/1",
  "A/CN.9/WG.III/WP.231",
  "A/AC.105/C.1/L.1",
  "DP/FPA/2020/1",
  "A/HRC/55/NGO/1",
  "TD/B/70/L.1",
  "CD/2039",
  "A/HRC/55/L.1/Rev.1/Add.2/Corr.1",
  "A/RES/53/243B",
];

describe("parseSymbol on real UN symbols", () => {
  it.each(REAL_SYMBOLS)("accepts %s as already canonical", (symbol) => {
    expect(parsed(symbol).symbol).toBe(symbol);
    expect(isValidSymbol(symbol)).toBe(true);
  });

  it.each([
    ["ctoc/cop/wg.4/2018/crp.1", "CTOC/COP/WG.4/2018/CRP.1"],
    ["a/hrc/55/l.1/rev.1", "A/HRC/55/L.1/Rev.1"],
    ["A/78/250/ADD.1", "A/78/250/Add.1"],
    ["e/cn.4/sub.2/1999/sr.3", "E/CN.4/Sub.2/1999/SR.3"],
    ["unep/ozl.pro.31/9", "UNEP/OzL.Pro.31/9"],
    ["A/77/6 (Sect. 29A)", "A/77/6(Sect.29A)"],
    ["A/RES/53/243 B", "A/RES/53/243B"],
    ["s/res/2231 (2015)", "S/RES/2231(2015)"],
  ])("canonicalises %s to %s", (input, canonical) => {
    expect(parsed(input).symbol).toBe(canonical);
  });
});

describe("parseSymbol structure", () => {
  it("splits a working-group conference room paper into its parts", () => {
    expect(parsed("CTOC/COP/WG.4/2018/CRP.1")).toEqual({
      symbol: "CTOC/COP/WG.4/2018/CRP.1",
      series: "CTOC",
      bodyPath: ["CTOC", "COP", "WG.4"],
      year: 2018,
      nature: { kind: "CRP", number: "1" },
      modifiers: [],
    });
  });

  it("reads the serial number of a numbered working-group document", () => {
    const value = parsed("CTOC/COP/WG.4/2018/2");
    expect(value).toMatchObject({ number: "2", year: 2018, bodyPath: ["CTOC", "COP", "WG.4"] });
    expect(value.nature).toBeUndefined();
  });

  it("takes the year of a Security Council resolution from the brackets", () => {
    expect(parsed("S/RES/2231(2015)")).toMatchObject({
      series: "S",
      bodyPath: ["S"],
      nature: { kind: "RES" },
      number: "2231",
      year: 2015,
    });
  });

  it("distinguishes a session number from a year", () => {
    const value = parsed("A/HRC/55/L.1/Rev.1");
    expect(value).toMatchObject({ bodyPath: ["A", "HRC"], session: "55", nature: { kind: "L", number: "1" } });
    expect(value.year).toBeUndefined();
    expect(value.modifiers).toEqual([{ kind: "Rev", number: 1 }]);
  });

  it("keeps commission numbers in the body path", () => {
    expect(parsed("E/CN.15/2018/L.1").bodyPath).toEqual(["E", "CN.15"]);
  });

  it("keeps modifiers in the order the UN wrote them", () => {
    expect(parsed("A/HRC/55/L.1/Rev.1/Add.2/Corr.1").modifiers).toEqual([
      { kind: "Rev", number: 1 },
      { kind: "Add", number: 2 },
      { kind: "Corr", number: 1 },
    ]);
    expect(parsed("A/78/250/Summary").modifiers).toEqual([{ kind: "Summary" }]);
  });

  // A marker, then a serial that is not a year, then a year: a communication. Anything else ends in its number.
  it.each([
    ["CCPR/C/118/D/2561/2015", "2561", 2015],
    ["CERD/C/100/D/61/2017", "61", 2017],
    ["CAT/C/67/D/818/2017", "818", 2017],
    ["CCPR/C/118/D/2561/1800", "1800", undefined],
    ["CCPR/C/118/2561/2015", "2015", undefined],
    ["CCPR/C/118/D/2015/2016", "2016", 2015],
  ])("reads %s as number %s of year %s", (symbol, number, year) => {
    const value = parsed(symbol);
    expect([value.number, value.year]).toEqual([number, year]);
  });

  // Old series give the session in Roman numerals: in brackets after the number, or as a component after the nature.
  it.each([
    ["A/RES/217(III)", { nature: { kind: "RES" }, number: "217", session: "III" }],
    ["A/RES/1514(XV)", { nature: { kind: "RES" }, number: "1514", session: "XV" }],
    ["UNEP/CBD/COP/DEC/XIII/1", { nature: { kind: "DEC" }, session: "XIII", number: "1" }],
    ["UNEP/CBD/COP/DEC/XIV/30", { nature: { kind: "DEC" }, session: "XIV", number: "30" }],
  ])("reads the Roman session of %s", (symbol, parts) => {
    expect(parsed(symbol)).toMatchObject(parts);
  });
});

describe("normalisation of pasted input", () => {
  it.each([
    ["ＣＴＯＣ／ＣＯＰ／ＷＧ．４／２０１８／ＣＲＰ．１"],
    ["CTOC/COP/WG.4/2018/ CRP.1"],
    ["CTOC/COP/WG.4/2018/\nCRP.1"],
    ["CTOC/COP/WG.4/2018/\u3000CRP.1"],
    ["  CTOC/COP/WG.4/2018/CRP.1\r\n"],
    ["CTOC/COP/WG.4/2018/CRP.1。"],
    ["CTOC/COP/WG.4/2018/CRP.1；"],
    ["CTOC/COP/WG.4/2018/CRP.1,"],
    ["CTOC/COP/WG.4/2018/CRP.1."],
    ["CTOC/COP/WG.4/2018/CRP.1*"],
    ["CTOC/\u200BCOP/WG.4/2018/CRP.1"],
  ])("reads %j as CTOC/COP/WG.4/2018/CRP.1", (input) => {
    expect(parsed(input).symbol).toBe("CTOC/COP/WG.4/2018/CRP.1");
  });

  it("turns full-width brackets into ASCII", () => {
    expect(parsed("Ｓ／ＲＥＳ／２２３１（２０１５）").symbol).toBe("S/RES/2231(2015)");
  });

  it("normalises without parsing", () => {
    expect(normalizeSymbolInput(" Ａ / ７８ / ２５０ 。")).toBe("A/78/250");
    expect(normalizeSymbolInput("A/78/\n250，")).toBe("A/78/250");
  });
});

const INVALID: Array<[string, SymbolErrorCode, number | undefined, string | undefined]> = [
  ["", "empty", 0, undefined],
  [" \n\u3000", "empty", 0, undefined],
  ["。", "empty", 0, undefined],
  ["A/RES/70#1", "invalid-character", 8, "#"],
  ["A\\RES\\70\\1", "invalid-character", 1, "\\"],
  ["A/RES/七十/1", "invalid-character", 6, "七"],
  ["A/78/250_1", "invalid-character", 8, "_"],
  ["A//RES/70/1", "empty-segment", 2, undefined],
  ["/A/RES/70/1", "empty-segment", 0, undefined],
  ["A/RES/70/1/", "empty-segment", 10, undefined],
  ["2018/2019", "unknown-series", 0, "2018"],
  ["ABCDEFGHIJK/1", "unknown-series", 0, "ABCDEFGHIJK"],
  ["WG.4/2018/1", "unknown-series", 0, "WG.4"],
  ["A/HRC/55/L.1/Add.x", "bad-modifier", 13, "Add.x"],
  ["A/HRC/55/L.1/Add.", "bad-modifier", 13, "Add"],
  ["A/78/250/Rev.0", "bad-modifier", 9, "Rev.0"],
  ["A/78/250/Corr", "bad-modifier", 9, "Corr"],
  ["CTOC/Add.1", "misplaced-modifier", 5, "Add.1"],
  ["CTOC/COP/WG.4/Add.1", "misplaced-modifier", 14, "Add.1"],
  ["A/78/250/Add.1/3", "misplaced-modifier", 9, "Add.1"],
  ["S/RES/2231(1900)", "bad-bracket-year", 10, "2231(1900)"],
  ["S/RES/2231(20155)", "bad-bracket-year", 10, "2231(20155)"],
  ["S/RES/2231(2015", "bad-bracket-year", 10, "2231(2015"],
  ["S/RES/2231)", "bad-bracket-year", 10, "2231)"],
  ["S/RES/2231()", "bad-bracket-year", 10, "2231()"],
  ["CTOC/COP/WG.4", "incomplete", 13, "WG.4"],
  ["A/HRC/RES", "incomplete", 9, "RES"],
  ["A/78/WG./1", "bad-segment", 5, "WG."],
  ["A/78/1.2/3", "bad-segment", 5, "1.2"],
  [`A/${"WG.4/".repeat(20)}1`, "too-long", 80, undefined],
];

describe("parseSymbol rejections", () => {
  it.each(INVALID)("rejects %j with %s at %s", (input, code, position, segment) => {
    const result = parseSymbol(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.position).toBe(position);
    if (segment !== undefined) expect(result.error.segment).toBe(segment);
    expect(isValidSymbol(input)).toBe(false);
  });
});
