import { describe, expect, it } from "vitest";
import { daysBetween, retitle, shiftDate } from "./retitle";

describe("retitle", () => {
  it("moves the spelled-out number on in English and Chinese titles", () => {
    expect(
      retitle(
        {
          en: "Eighth meeting of the Working Group on Trafficking in Persons",
          zh: "贩运人口问题工作组第八次会议",
          fr: "Huitième réunion",
        },
        8,
        9,
      ),
    ).toEqual({
      en: "Ninth meeting of the Working Group on Trafficking in Persons",
      zh: "贩运人口问题工作组第九次会议",
      fr: "Huitième réunion",
    });
  });
});

describe("shiftDate", () => {
  it("moves calendar days across months and years", () => {
    expect(shiftDate("2018-07-02", 365)).toBe("2019-07-02");
    expect(shiftDate("2018-12-31", 1)).toBe("2019-01-01");
    expect(daysBetween("2018-07-02", "2019-07-01")).toBe(364);
  });
});
