import { describe, expect, it } from "vitest";
import { formatDateRange, formatDayHeading, formatTimeZone } from "./format";
import { LOCALES } from "./locales";

// Rows written before dates were bounded (a session duplicated to 9999-12-31 ends in year 10000, which the
// database returns as an invalid date) must still show: one unreadable value must not fail the whole page.
describe("dates from stored rows that no form accepts any more", () => {
  it.each(LOCALES)("are shown in %s instead of failing", (locale) => {
    expect(() => formatDateRange("9999-12-31", "+010000-01-01", locale)).not.toThrow();
    expect(formatDateRange("9999-12-31", "", locale)).toBe("9999-12-31 – ");
    expect(formatDayHeading("", locale)).toBe("");
    expect(formatDayHeading("+010000-01-01", locale)).toMatch(/10000/);
    expect(formatDateRange("0001-01-01", "0001-01-02", locale)).toMatch(/1/);
    expect(formatTimeZone("Mars/Olympus_Mons", "2018-07-02", locale)).toBe("Mars/Olympus_Mons");
    expect(() => formatTimeZone("Europe/Vienna", "", locale)).not.toThrow();
  });

  it("keep the UN forms for ordinary dates", () => {
    expect(formatDateRange("2018-07-02", "2018-07-03", "en")).toBe("2–3 July 2018");
    expect(formatDateRange("2018-07-02", "2018-07-03", "zh")).toBe("2018年7月2日至3日");
    expect(formatDateRange("2018-12-31", "2019-01-02", "zh")).toBe("2018年12月31日至2019年1月2日");
    expect(formatDayHeading("2018-07-02", "en")).toBe("Monday, 2 July 2018");
  });
});
