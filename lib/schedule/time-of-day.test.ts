import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayPeriod, formatTimeOfDay, nextFreeDay, parseTimeOfDay } from "./time-of-day";

describe("parseTimeOfDay", () => {
  it("reads 24-hour times as minutes after midnight", () => {
    expect(parseTimeOfDay("10:00")).toBe(600);
    expect(parseTimeOfDay("9:30")).toBe(570);
    expect(parseTimeOfDay(" 15:05 ")).toBe(905);
    expect(parseTimeOfDay("00:00")).toBe(0);
    expect(parseTimeOfDay("23:59")).toBe(1439);
  });

  it("refuses anything else", () => {
    for (const text of ["", "24:00", "10:60", "10", "10.00", "3pm", "10:0", "1000", "-1:00", "10:00:00"]) {
      expect(parseTimeOfDay(text), text).toBeNull();
    }
  });

  it("reads back every time it writes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), (minutes) => parseTimeOfDay(formatTimeOfDay(minutes)) === minutes),
    );
  });
});

describe("formatTimeOfDay", () => {
  it("writes two-digit hours and minutes", () => {
    expect(formatTimeOfDay(570)).toBe("09:30");
    expect(formatTimeOfDay(1080)).toBe("18:00");
  });
});

describe("dayPeriod", () => {
  it("tells morning from afternoon and evening by the start time", () => {
    expect([600, 719, 720, 900, 1079, 1080].map(dayPeriod)).toEqual([
      "morning",
      "morning",
      "afternoon",
      "afternoon",
      "afternoon",
      "evening",
    ]);
  });
});

describe("nextFreeDay", () => {
  it("offers the first day of the session without slots", () => {
    expect(nextFreeDay("2018-07-02", "2018-07-03", [])).toBe("2018-07-02");
    expect(nextFreeDay("2018-07-02", "2018-07-04", ["2018-07-02", "2018-07-04"])).toBe("2018-07-03");
  });

  it("offers the day after the last planned one when every day has slots", () => {
    expect(nextFreeDay("2018-07-02", "2018-07-03", ["2018-07-02", "2018-07-03"])).toBe("2018-07-04");
    expect(nextFreeDay("2018-07-02", "2018-07-03", ["2018-07-03", "2018-07-02", "2018-07-06"])).toBe("2018-07-07");
  });

  it("crosses month ends", () => {
    expect(nextFreeDay("2018-06-29", "2018-06-30", ["2018-06-29", "2018-06-30"])).toBe("2018-07-01");
  });
});
