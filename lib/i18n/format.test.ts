import { describe, expect, it } from "vitest";
import { formatDateRange, formatDayHeading, formatTimeRange, formatTimeZone } from "./format";

describe("formatDateRange", () => {
  it("writes the session dates in each language", () => {
    expect(formatDateRange("2018-07-02", "2018-07-03", "en")).toBe("2–3 July 2018");
    expect(formatDateRange("2018-07-02", "2018-07-03", "zh")).toBe("2018年7月2日至3日");
    expect(formatDateRange("2020-09-28", "2020-10-02", "en")).toBe("28 September–2 October 2020");
    expect(formatDateRange("2018-07-02", "2018-07-02", "en")).toBe("2 July 2018");
  });
});

describe("formatDayHeading", () => {
  it("names the weekday of a calendar day regardless of the reader's time zone", () => {
    expect(formatDayHeading("2018-07-02", "en")).toBe("Monday, 2 July 2018");
    expect(formatDayHeading("2018-07-03", "zh")).toBe("2018年7月3日星期二");
  });
});

describe("formatTimeRange", () => {
  it("follows UN English style", () => {
    expect(formatTimeRange(600, 780, "en")).toBe("10 a.m.–1 p.m.");
    expect(formatTimeRange(900, 1080, "en")).toBe("3–6 p.m.");
    expect(formatTimeRange(570, 720, "en")).toBe("9.30 a.m.–noon");
  });

  it("follows UN Chinese style", () => {
    expect(formatTimeRange(600, 780, "zh")).toBe("上午 10 时至下午 1 时");
    expect(formatTimeRange(900, 1080, "zh")).toBe("下午 3 时至 6 时");
  });

  it("uses the 24-hour clock elsewhere", () => {
    expect(formatTimeRange(600, 780, "fr")).toMatch(/10.*13/);
  });
});

describe("formatTimeZone", () => {
  it("names the session's zone with its offset on that day", () => {
    expect(formatTimeZone("Europe/Vienna", "2018-07-02", "en")).toBe("Central European Summer Time (GMT+02:00)");
  });
});
