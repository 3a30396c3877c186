import { describe, expect, it } from "vitest";
import { idParam, MAX_PAGE, pageParam, slugParam } from "./params";

describe("address parameters", () => {
  it("read a page number, and page 1 for anything else", () => {
    expect(pageParam("3")).toBe(3);
    for (const page of ["1e308", "0", "-1", "2.5", "", "Infinity", " 2", ["2", "3"], undefined])
      expect(pageParam(page), String(page)).toBe(1);
    expect(pageParam("9999999")).toBe(MAX_PAGE);
  });

  it("pass on ids and slugs that could name a row, and nothing the database would choke on", () => {
    expect(idParam("cmx7a2ii20002907dq3kzhfwr")).toBe("cmx7a2ii20002907dq3kzhfwr");
    expect(idParam("a\u0000")).toBeNull();
    expect(idParam(["a", "b"])).toBeNull();
    expect(slugParam("ctoc-cop-wg4-2018")).toBe("ctoc-cop-wg4-2018");
    expect(slugParam("x\u0000")).toBeNull();
    expect(slugParam("\uD800")).toBeNull();
  });
});
