import { describe, expect, it } from "vitest";
import { formatDateRange, formatDayHeading } from "./format";
import { arabicMonth, formatAnnexDay, formatSessionDates, formatUnDate } from "./un-dates";

describe("UN dates", () => {
  it("writes Arabic months with both names, as UN Arabic documents do", () => {
    expect(arabicMonth(7)).toBe("تموز/يوليه");
    expect(arabicMonth(1)).toBe("كانون الثاني/يناير");
    expect(arabicMonth(6)).toBe("حزيران/يونيه");
    expect(formatUnDate("2018-07-02", "ar")).toBe("2 تموز/يوليه 2018");
  });

  it("keeps the UN Arabic months in the dates the pages already show", () => {
    expect(formatDateRange("2018-07-02", "2018-07-03", "ar")).toContain("تموز/يوليه");
    expect(formatDateRange("2018-07-02", "2018-07-03", "ar")).not.toContain("يوليو");
    expect(formatDateRange("2018-06-28", "2018-07-03", "ar")).toMatch(/حزيران\/يونيه.*تموز\/يوليه/u);
    expect(formatDayHeading("2018-07-02", "ar")).toBe("الاثنين، 2 تموز/يوليه 2018");
  });

  it("writes one date in each language", () => {
    expect(formatUnDate("2018-07-02", "en")).toBe("2 July 2018");
    expect(formatUnDate("2018-07-02", "fr")).toBe("2 juillet 2018");
    expect(formatUnDate("2018-07-02", "es")).toBe("2 de julio de 2018");
    expect(formatUnDate("2018-07-02", "ru")).toBe("2 июля 2018 года");
    expect(formatUnDate("2018-07-02", "zh")).toBe("2018年7月2日");
  });

  it("joins two days with 'and', longer sessions with a dash or 'a'", () => {
    expect(formatSessionDates("2018-07-02", "2018-07-03", "en")).toBe("2 and 3 July 2018");
    expect(formatSessionDates("2018-07-02", "2018-07-03", "fr")).toBe("2 et 3 juillet 2018");
    expect(formatSessionDates("2018-07-02", "2018-07-03", "es")).toBe("2 y 3 de julio de 2018");
    expect(formatSessionDates("2018-07-02", "2018-07-03", "ru")).toBe("2 и 3 июля 2018 года");
    expect(formatSessionDates("2018-07-02", "2018-07-03", "ar")).toBe("2 و3 تموز/يوليه 2018");
    expect(formatSessionDates("2018-07-02", "2018-07-03", "zh")).toBe("2018年7月2日和3日");
    expect(formatSessionDates("2017-09-06", "2017-09-08", "en")).toBe("6–8 September 2017");
    expect(formatSessionDates("2017-09-06", "2017-09-08", "es")).toBe("6 a 8 de septiembre de 2017");
    expect(formatSessionDates("2017-09-06", "2017-09-08", "zh")).toBe("2017年9月6日至8日");
    expect(formatSessionDates("2020-09-28", "2020-10-02", "en")).toBe("28 September–2 October 2020");
    expect(formatSessionDates("2020-06-30", "2020-07-01", "en")).toBe("30 June and 1 July 2020");
    expect(formatSessionDates("2018-12-31", "2019-01-02", "zh")).toBe("2018年12月31日至2019年1月2日");
  });

  it("heads each day of the annex with its weekday", () => {
    expect(formatAnnexDay("2018-07-02", "en")).toBe("Monday, 2 July");
    expect(formatAnnexDay("2018-07-02", "fr")).toBe("Lundi 2 juillet");
    expect(formatAnnexDay("2018-07-03", "es")).toBe("Martes 3 de julio");
    expect(formatAnnexDay("2018-07-02", "ru")).toBe("Понедельник, 2 июля");
    expect(formatAnnexDay("2018-07-02", "ar")).toBe("الاثنين، 2 تموز/يوليه");
    expect(formatAnnexDay("2018-07-02", "zh")).toBe("7月2日，星期一");
  });
});
