import { describe, expect, it } from "vitest";
import { retryDelay } from "./backoff";

describe("reconnection backoff", () => {
  it("doubles from one second up to thirty, never waiting less than half the step", () => {
    const lowest = (n: number) => retryDelay(n, 1_000, 30_000, () => 0);
    const highest = (n: number) => retryDelay(n, 1_000, 30_000, () => 1);
    expect([0, 1, 2, 3, 4, 5, 6, 50].map(highest)).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000,
    ]);
    expect([0, 5].map(lowest)).toEqual([500, 15_000]);
  });

  it("spreads clients that failed together over the interval", () => {
    const delays = new Set(Array.from({ length: 100 }, () => Math.round(retryDelay(3, 1_000, 30_000))));
    expect(delays.size).toBeGreaterThan(50);
    for (const delay of delays) expect(delay).toBeGreaterThanOrEqual(4_000);
  });
});
