import { describe, expect, it } from "vitest";
import { counterAnnouncement, nearLimit } from "./character-counter";

describe("the character counter's announcements", () => {
  it("stay silent far from the limit", () => {
    expect(counterAnnouncement(0, 500)).toBeNull();
    expect(counterAnnouncement(449, 500)).toBeNull();
    expect(counterAnnouncement(100, 20_000)).toBeNull();
  });

  it("speak near the limit in steps of ten, then every character, then how many too many", () => {
    expect(nearLimit(500)).toBe(50);
    expect(counterAnnouncement(450, 500)).toEqual({ key: "remaining", count: 50 });
    expect(counterAnnouncement(455, 500)).toEqual({ key: "remaining", count: 40 });
    expect(counterAnnouncement(493, 500)).toEqual({ key: "remaining", count: 7 });
    expect(counterAnnouncement(500, 500)).toEqual({ key: "remaining", count: 0 });
    expect(counterAnnouncement(503, 500)).toEqual({ key: "over", count: 3 });
  });

  it("start at ten characters for short fields and at fifty for very long ones", () => {
    expect(nearLimit(60)).toBe(10);
    expect(nearLimit(20_000)).toBe(50);
    expect(counterAnnouncement(19_949, 20_000)).toBeNull();
    expect(counterAnnouncement(19_950, 20_000)).toEqual({ key: "remaining", count: 50 });
  });
});
