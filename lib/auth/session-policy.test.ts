import { describe, expect, it } from "vitest";
import { deadBefore, readSessionPolicy, sessionVerdict } from "./session-policy";

const HOUR = 60 * 60 * 1000;

describe("session policy", () => {
  it("lasts 8 hours with a 30-minute idle timeout unless PLENARY_SESSION_HOURS / PLENARY_SESSION_IDLE_MINUTES say otherwise", () => {
    expect(readSessionPolicy({})).toEqual({ lifetimeMs: 8 * HOUR, idleMs: 30 * 60 * 1000 });
    expect(readSessionPolicy({ PLENARY_SESSION_HOURS: "12", PLENARY_SESSION_IDLE_MINUTES: "15" })).toEqual({
      lifetimeMs: 12 * HOUR,
      idleMs: 15 * 60 * 1000,
    });
    expect(readSessionPolicy({ PLENARY_SESSION_HOURS: "0.5" }).lifetimeMs).toBe(HOUR / 2);
    for (const nonsense of ["", " ", "0", "-3", "eight", "Infinity"]) {
      expect(readSessionPolicy({ PLENARY_SESSION_HOURS: nonsense, PLENARY_SESSION_IDLE_MINUTES: nonsense })).toEqual(
        readSessionPolicy({}),
      );
    }
  });

  it("judges a row expired, idle or active", () => {
    const policy = { lifetimeMs: 8 * HOUR, idleMs: HOUR / 2 };
    const now = new Date("2026-07-02T12:00:00Z");
    const row = (expiresInMs: number, seenAgoMs: number) => ({
      expiresAt: new Date(now.getTime() + expiresInMs),
      lastSeenAt: new Date(now.getTime() - seenAgoMs),
    });
    expect(sessionVerdict(row(1, 0), now, policy)).toBe("active");
    expect(sessionVerdict(row(0, 0), now, policy)).toBe("expired");
    expect(sessionVerdict(row(HOUR, HOUR / 2 - 1), now, policy)).toBe("active");
    expect(sessionVerdict(row(HOUR, HOUR / 2), now, policy)).toBe("idle");
  });

  it("prunes rows unseen for the shorter of the two limits", () => {
    const now = new Date("2026-07-02T12:00:00Z");
    expect(deadBefore(now, { lifetimeMs: 8 * HOUR, idleMs: HOUR / 2 }).getTime()).toBe(now.getTime() - HOUR / 2);
    expect(deadBefore(now, { lifetimeMs: 2 * HOUR, idleMs: 3 * HOUR }).getTime()).toBe(now.getTime() - 2 * HOUR);
  });
});
