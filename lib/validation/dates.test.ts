import { describe, expect, it } from "vitest";
import { addDays, isoDateSchema, isoDay, optionalIsoDateSchema, parseIsoDay } from "./dates";

const issue = (result: { error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe("bounded dates", () => {
  it("accept real days from 1945 to 2200", () => {
    for (const date of ["1945-01-01", "2018-07-02", "2024-02-29", "2200-12-31", " 2018-07-02 "])
      expect(isoDateSchema.safeParse(date).success, date).toBe(true);
  });

  it("refuse other years with their own message, and what is no date at all", () => {
    for (const date of ["0000-01-01", "1944-12-31", "2201-01-01", "9999-12-31"])
      expect(issue(isoDateSchema.safeParse(date)), date).toBe("dateOutOfRange");
    for (const date of ["10000-01-01", "+010000-01-01", "2019-02-29", "2018-7-2", "", 20180702, null]) {
      expect(issue(isoDateSchema.safeParse(date)), String(date)).toBe("invalidDate");
    }
  });

  it("leave an optional date empty, and bound one that is given", () => {
    expect(optionalIsoDateSchema.parse(" ")).toBeNull();
    expect(optionalIsoDateSchema.parse("2018-07-02")).toBe("2018-07-02");
    expect(issue(optionalIsoDateSchema.safeParse("9999-12-31"))).toBe("dateOutOfRange");
  });
});

describe("stored dates", () => {
  it("read back whatever year a row holds, without throwing", () => {
    const far = new Date(Date.UTC(9999, 11, 31));
    expect(isoDay(far)).toBe("9999-12-31");
    expect(addDays("9999-12-31", 1)).toBe("+010000-01-01");
    expect(parseIsoDay("+010000-01-01")?.getUTCFullYear()).toBe(10000);
    expect(isoDay(new Date(Number.NaN))).toBe("");
    expect(addDays("", 1)).toBe("");
    expect(parseIsoDay("0001-01-01")?.getUTCFullYear()).toBe(1);
    expect(parseIsoDay("2018-02-30")?.toISOString().slice(0, 10)).toBe("2018-03-02");
  });
});
