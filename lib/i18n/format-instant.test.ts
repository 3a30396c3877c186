import { describe, expect, it } from "vitest";
import {
  formatClockTime,
  formatMeetingMoment,
  formatShortDay,
  formatTimeOfInstant,
  zonedMoment,
} from "./format-instant";

describe("moments of a meeting in the session's time zone", () => {
  it("reads the wall clock of Vienna in summer, not the server's", () => {
    // 08:05 UTC on 2 July 2018 is 10.05 a.m. in Vienna (CEST, UTC+2).
    expect(zonedMoment("2018-07-02T08:05:00.000Z", "Europe/Vienna")).toEqual({ day: "2018-07-02", minutes: 605 });
    expect(zonedMoment("2018-07-02T23:30:00.000Z", "Europe/Vienna")).toEqual({ day: "2018-07-03", minutes: 90 });
    expect(zonedMoment("2018-07-02T23:30:00.000Z", "America/New_York")).toEqual({ day: "2018-07-02", minutes: 1170 });
  });

  it("falls back to UTC for a zone this runtime does not know, and to nothing for a broken instant", () => {
    expect(zonedMoment("2018-07-02T08:05:00.000Z", "Mars/Olympus")).toEqual({ day: "2018-07-02", minutes: 485 });
    expect(zonedMoment("not a date", "Europe/Vienna")).toBeNull();
  });

  it("writes times as the UN does in each language", () => {
    expect(formatClockTime(605, "en")).toBe("10.05 a.m.");
    expect(formatClockTime(900, "en")).toBe("3 p.m.");
    expect(formatClockTime(720, "en")).toBe("noon");
    expect(formatClockTime(605, "zh")).toBe("上午 10 时 5 分");
    expect(formatClockTime(900, "zh")).toBe("下午 3 时");
    expect(formatClockTime(605, "fr")).toBe("10:05");
    expect(formatClockTime(65, "ru")).toBe("1:05");
  });

  it("names the day without its year", () => {
    expect(formatShortDay("2018-07-02", "en")).toBe("2 July");
    expect(formatShortDay("2018-07-02", "zh")).toBe("7月2日");
    expect(formatShortDay("2018-07-03", "fr")).toBe("3 juillet");
    expect(formatShortDay("2018-07-03", "es")).toContain("julio");
    expect(formatShortDay("2018-07-03", "ar")).toMatch(/^3 /u);
  });

  it("adds the day only for sessions of several days", () => {
    expect(formatMeetingMoment("2018-07-02T08:05:00.000Z", "Europe/Vienna", "en", false)).toBe("10.05 a.m.");
    expect(formatMeetingMoment("2018-07-02T13:00:00.000Z", "Europe/Vienna", "en", true)).toBe("2 July, 3 p.m.");
    expect(formatMeetingMoment("2018-07-02T13:00:00.000Z", "Europe/Vienna", "zh", true)).toBe("7月2日下午 3 时");
    // Arabic separates with its own comma.
    expect(formatMeetingMoment("2018-07-02T13:00:00.000Z", "Europe/Vienna", "ar", true)).toMatch(/^2 .+، 15:00$/u);
  });
});

describe("formatTimeOfInstant", () => {
  // 08:05 UTC is 10.05 in Vienna in summer.
  const at = "2018-07-02T08:05:00.000Z";
  it("writes the time in the session's zone, in each language's style", () => {
    expect(formatTimeOfInstant(at, "Europe/Vienna", "en")).toBe("10.05 a.m.");
    expect(formatTimeOfInstant(at, "Europe/Vienna", "zh")).toBe("上午 10 时 5 分");
    expect(formatTimeOfInstant(at, "Europe/Vienna", "fr")).toBe("10:05");
    expect(formatTimeOfInstant("2018-07-02T10:00:00.000Z", "Europe/Vienna", "en")).toBe("noon");
    expect(formatTimeOfInstant(at, "Not/AZone", "en")).toBe("8.05 a.m.");
  });
});
