import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findSymbols } from "./symbol";

const symbolsIn = (text: string) => findSymbols(text).map((f) => f.symbol);

describe("findSymbols", () => {
  // Annotation text from the reference session (CTOC/COP/WG.4/2018), including a symbol wrapped after a slash.
  const reference =
    "（见 CTOC/COP/WG.4/2017/3）。…修正草案（CTOC/COP/WG.4/2018/ \nCRP.1）。…报告（CTOC/COP/WG.8/2016/2）所载的…第 7/1 号决议";

  it("finds exactly the three symbols in the reference Chinese paragraph, not resolution 7/1", () => {
    expect(symbolsIn(reference)).toEqual(["CTOC/COP/WG.4/2017/3", "CTOC/COP/WG.4/2018/CRP.1", "CTOC/COP/WG.8/2016/2"]);
  });

  it("reports where each raw match is, so the UI can link it in place", () => {
    for (const found of findSymbols(reference)) {
      const raw = reference.slice(found.index, found.index + found.length);
      expect(raw.replace(/\s/g, "")).toBe(found.symbol);
    }
    const [, wrapped] = findSymbols(reference);
    expect(wrapped && reference.slice(wrapped.index, wrapped.index + wrapped.length)).toBe(
      "CTOC/COP/WG.4/2018/ \nCRP.1",
    );
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

  // After a slash, a lower-case word or a space is running text and is dropped; anything symbol-like is not,
  // so a range of meeting records never shrinks to a shorter symbol that names another document.
  it.each([
    ["documents A/78/250/ and more", ["A/78/250"]],
    ["documents A/78/251/and more", ["A/78/251"]],
    ["see S/2015/1/ or the next", ["S/2015/1"]],
    ["E/2019/L.1/\u3000以及", ["E/2019/L.1"]],
    ["Verbatim records A/C.1/70/PV.2-12", []],
    ["meetings S/PV.8000-8005", []],
    ["A/78/PV.2-3 of the plenary", []],
    ["A/78/251/AND", []],
  ])("in %j finds %j", (text, symbols) => {
    expect(symbolsIn(text)).toEqual(symbols);
  });

  // Series are written in capitals; an unknown one needs two slashes, a known one ("CD", "TD") needs only one.
  it.each([
    ["WIPO/GRTKF/IC/47/4", ["WIPO/GRTKF/IC/47/4"]],
    ["XYZ/AB/12", ["XYZ/AB/12"]],
    ["XYZ/12", []],
    ["WIPO/12", []],
    ["COVID/19", []],
    ["CD/2039", ["CD/2039"]],
    ["CD/1299", ["CD/1299"]],
    ["Covid/AB/19", []],
    ["and/or km/h", []],
  ])("accepts %j as %j", (text, symbols) => {
    expect(symbolsIn(`Text ${text} text`)).toEqual(symbols);
  });

  // Every property below embeds symbols, so each run checks something: none passes on text that has none.
  it("finds a symbol at its place whatever arbitrary text stands around it, past a separator", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 100 }),
        fc.constantFrom(...SYMBOLS),
        fc.string({ unit: "binary", maxLength: 100 }),
        (before, symbol, after) => {
          const text = `${before}。${symbol}。${after}`;
          expect(findSymbols(text)).toContainEqual({ symbol, index: before.length + 1, length: symbol.length });
          for (const found of findSymbols(text)) {
            expect(found.index).toBeGreaterThanOrEqual(0);
            expect(found.index + found.length).toBeLessThanOrEqual(text.length);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("finds exactly the symbols of a paragraph, full-width or wrapped after a slash, each where it is written", () => {
    const written = fc.tuple(fc.constantFrom(...SYMBOLS), fc.constantFrom("plain", "full-width", "wrapped"), fc.nat());
    fc.assert(
      fc.property(
        fc.array(fc.tuple(PROSE, OPENING, written, CLOSING), { minLength: 1, maxLength: 4 }),
        PROSE,
        (parts, ending) => {
          let text = "";
          const expected = [];
          for (const [prose, opening, [symbol, form, at], closing] of parts) {
            const raw = render(symbol, form, at);
            text += prose + opening;
            expected.push({ symbol, index: text.length, length: raw.length });
            text += raw + closing;
          }
          expect(findSymbols(text + ending)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

// Real symbols of several series and shapes (see symbol.test.ts), each found on its own as itself.
const SYMBOLS = [
  "CTOC/COP/WG.4/2018/CRP.1",
  "CTOC/COP/WG.4/2018/INF/1",
  "S/RES/2231(2015)",
  "A/HRC/55/L.1/Rev.1",
  "A/RES/217(III)",
  "A/RES/ES-10/19",
  "A/77/6(Sect.29A)/Add.1",
  "S/PV.6201(Resumption1)",
  "E/CN.4/Sub.2/1999/SR.3",
  "CCPR/C/118/D/2561/2015",
  "CERD/C/USA/CO/10-12",
  "UNEP/OzL.Pro.31/9",
  "ICCD/COP(14)/23",
  "A/CN.9/WG.III/WP.231",
  "CD/2039",
  "A/RES/53/243B",
];

// Running text that holds slashes and numbers but no symbol, in several languages.
const PROSE = fc
  .array(
    fc.constantFrom(
      "the report ",
      "and/or ",
      "resolution 7/1 ",
      "2018/2019 ",
      "见",
      "第 7/1 号决议",
      "km/h ",
      "HIV/AIDS ",
      "COVID/19 ",
      "\n",
      "résolution ",
    ),
    { maxLength: 4 },
  )
  .map((words) => words.join(""));
const OPENING = fc.constantFrom(" ", "（", "(", "见", "\n", "« ");
const CLOSING = fc.constantFrom(" ", "。", "，", "；", "). ", "\n", "* ");

/** A symbol as documents write it: as is, in full-width characters (Chinese), or wrapped onto a new line after a slash. */
function render(symbol: string, form: "plain" | "full-width" | "wrapped", at: number): string {
  if (form === "full-width") return symbol.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
  if (form === "plain") return symbol;
  const slashes = [...symbol.matchAll(/\//g)].map((match) => match.index);
  const slash = slashes[at % slashes.length] ?? 0;
  return `${symbol.slice(0, slash + 1)} \n${symbol.slice(slash + 1)}`;
}
