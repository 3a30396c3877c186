import { describe, expect, it } from "vitest";
import { sessionSlug } from "./slug";

describe("sessionSlug", () => {
  it("reads like the body's symbol and the year", () => {
    expect(sessionSlug("CTOC/COP/WG.4", 2018, 8, new Set())).toBe("ctoc-cop-wg4-2018");
    expect(sessionSlug("E/CN.15", 2024, 33, new Set())).toBe("e-cn15-2024");
  });

  it("stays unique when a body meets twice in a year", () => {
    expect(sessionSlug("CTOC/COP/WG.4", 2018, 9, new Set(["ctoc-cop-wg4-2018"]))).toBe("ctoc-cop-wg4-2018-9");
    expect(sessionSlug("CTOC/COP/WG.4", 2018, 9, new Set(["ctoc-cop-wg4-2018", "ctoc-cop-wg4-2018-9"]))).toBe(
      "ctoc-cop-wg4-2018-9-2",
    );
  });
});
