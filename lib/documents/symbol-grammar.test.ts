import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findSymbols, normalizeSymbolInput, parseSymbol } from "./symbol";

const series = fc.constantFrom("A", "S", "E", "ST", "CTOC", "UNEP", "CCPR", "TD", "DP", "ICEF", "CEDAW");
const body = fc.constantFrom("COP", "WG.4", "HRC", "CN.15", "C.3", "AC.2", "Sub.2", "ESCAP", "SBSTA", "OzL.Pro.31");
const serial = fc.integer({ min: 1, max: 9999 }).map(String);
const middle = fc.oneof(
  fc.constant<string[]>([]),
  fc.integer({ min: 1946, max: 2100 }).map((y) => [String(y)]),
  fc.integer({ min: 1, max: 99 }).map((s) => [String(s)]),
);
const document = fc.oneof(
  fc.tuple(fc.constantFrom("CRP", "L", "WP", "SR", "PV", "MISC", "INF"), serial).map(([k, n]) => [`${k}.${n}`]),
  fc.tuple(fc.constantFrom("RES", "DEC", "PRST", "INF", "NGO"), serial).map(([k, n]) => [k, n]),
  serial.map((n) => [n]),
  fc.tuple(serial, fc.integer({ min: 1946, max: 2100 })).map(([n, y]) => [`${n}(${y})`]),
);
const modifier = fc
  .tuple(fc.constantFrom("Add", "Rev", "Corr", "Amend"), fc.integer({ min: 1, max: 999 }))
  .map(([k, n]) => `${k}.${n}`);

/** Canonical symbols assembled from the grammar the UN uses. */
const canonicalSymbol = fc
  .tuple(series, fc.array(body, { maxLength: 3 }), middle, document, fc.array(modifier, { maxLength: 3 }))
  .map(([s, bodies, mid, doc, mods]) => [s, ...bodies, ...mid, ...doc, ...mods].join("/"));

/** The same symbol as a person might paste it: any letter case, and spaces or a line break after slashes. */
const asTyped = (symbol: string) =>
  fc
    .tuple(
      fc.array(fc.boolean(), { minLength: symbol.length, maxLength: symbol.length }),
      fc.array(fc.constantFrom("", " ", "\n", " \n", "\u3000"), { minLength: symbol.length, maxLength: symbol.length }),
    )
    .map(([upper, gaps]) =>
      [...symbol]
        .map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase()) + (ch === "/" ? gaps[i] : ""))
        .join(""),
    );

describe("symbol grammar properties", () => {
  it("accepts every symbol built from the UN grammar, whatever the case and wrapping", () => {
    fc.assert(
      fc.property(
        canonicalSymbol.chain((symbol) => fc.tuple(fc.constant(symbol), asTyped(symbol))),
        ([symbol, typed]) => {
          const result = parseSymbol(typed);
          expect(result).toMatchObject({ ok: true, value: { symbol } });
        },
      ),
      { numRuns: 400 },
    );
  });

  it("finds a generated symbol inside Chinese and French sentences", () => {
    fc.assert(
      fc.property(
        canonicalSymbol,
        fc.constantFrom(["（见", "）。"], ["(voir ", ")."], ["见", "。"]),
        (symbol, [before, after]) => {
          expect(findSymbols(`${before}${symbol}${after}`).map((f) => f.symbol)).toEqual([symbol]);
        },
      ),
      { numRuns: 300 },
    );
  });

  const symbolish = fc.string({
    unit: fc.constantFrom(..."AaCcLlRrSs0123456789/./()-  \n#。（）／".split("")),
    maxLength: 40,
  });

  it("never throws, and whatever it accepts re-parses to the same canonical symbol", () => {
    fc.assert(
      fc.property(fc.oneof(symbolish, fc.string({ unit: "binary", maxLength: 60 })), (input) => {
        const result = parseSymbol(input);
        if (result.ok) {
          const again = parseSymbol(result.value.symbol);
          expect(again).toEqual(result);
        } else {
          // Every message except "empty" shows the segment, so it must always be there.
          if (result.error.code !== "empty") expect(result.error.segment).toBeTruthy();
          expect(result.error.position).toBeGreaterThanOrEqual(0);
          expect(result.error.position).toBeLessThanOrEqual(normalizeSymbolInput(input).length);
        }
        expect(() => findSymbols(input)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});
