import { describe, expect, it } from "vitest";
import { pageInfo, pageLinks, pageOffset } from "./page";

describe("pageInfo", () => {
  it("counts pages and keeps the number within them", () => {
    expect(pageInfo(1, 0)).toEqual({ number: 1, size: 50, total: 0, pages: 1 });
    expect(pageInfo(2, 101)).toEqual({ number: 2, size: 50, total: 101, pages: 3 });
    expect(pageInfo(9, 101).number).toBe(3);
    expect(pageInfo(0, 101).number).toBe(1);
    expect(pageInfo(2, 100, 50).pages).toBe(2);
  });

  it("gives the offset of the first row of the page", () => {
    expect(pageOffset(pageInfo(3, 1000))).toBe(100);
    expect(pageOffset(pageInfo(1, 0))).toBe(0);
  });
});

describe("pageLinks", () => {
  it("shows every page of a short list", () => {
    expect(pageLinks({ number: 2, pages: 4 })).toEqual([1, 2, 3, 4]);
    expect(pageLinks({ number: 1, pages: 1 })).toEqual([1]);
  });

  it("leaves out the middle of a long list, keeping the first, the last and the neighbours", () => {
    expect(pageLinks({ number: 10, pages: 20 })).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    expect(pageLinks({ number: 1, pages: 20 })).toEqual([1, 2, 3, null, 20]);
    expect(pageLinks({ number: 20, pages: 20 })).toEqual([1, null, 18, 19, 20]);
    expect(pageLinks({ number: 4, pages: 20 })).toEqual([1, 2, 3, 4, 5, 6, null, 20]);
  });
});
