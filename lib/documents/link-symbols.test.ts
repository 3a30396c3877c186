import { describe, expect, it } from "vitest";
import { linkSymbols } from "./link-symbols";

const known = new Map([
  ["CTOC/COP/WG.4/2018/CRP.1", "#doc-CTOC-COP-WG.4-2018-CRP.1"],
  ["CTOC/COP/WG.4/2018/2", "#doc-CTOC-COP-WG.4-2018-2"],
]);

describe("linkSymbols", () => {
  it("links symbols of registered documents and leaves unknown ones as text", () => {
    const text = "草案（见 CTOC/COP/WG.4/2017/3）。修正草案（CTOC/COP/WG.4/2018/CRP.1）。第 7/1 号决议";
    expect(linkSymbols(text, known)).toBe(
      "草案（见 CTOC/COP/WG.4/2017/3）。修正草案（[CTOC/COP/WG.4/2018/CRP.1](#doc-CTOC-COP-WG.4-2018-CRP.1)）。第 7/1 号决议",
    );
  });

  it("joins a symbol wrapped across a line into one link", () => {
    expect(linkSymbols("see CTOC/COP/WG.4/2018/ \nCRP.1.", known)).toBe(
      "see [CTOC/COP/WG.4/2018/CRP.1](#doc-CTOC-COP-WG.4-2018-CRP.1).",
    );
  });

  it("keeps a link the author wrote", () => {
    const text = "[CTOC/COP/WG.4/2018/2](https://example.org/doc)";
    expect(linkSymbols(text, known)).toBe(text);
  });
});
