import { describe, expect, it } from "vitest";
import { findTime, readTimeRangeAtStart } from "./times";

describe("meeting times", () => {
  it.each([
    ["10 a.m.–1 p.m. 1 (a) Opening", "10:00", "13:00"],
    ["3–6 p.m. 2 Other matters", "15:00", "18:00"],
    ["10 a.m. to 1 p.m.", "10:00", "13:00"],
    ["10.30 a.m.–noon", "10:30", "12:00"],
    ["上午 10 时至下午 1 时 1(a) 会议开幕", "10:00", "13:00"],
    ["下午 3 时至 6 时 2 贩运人口", "15:00", "18:00"],
    ["10 heures-13 heures 1 a) Ouverture", "10:00", "13:00"],
    ["15 h 30-18 h", "15:30", "18:00"],
    ["10.00 a 13.00 horas 1 a) Apertura", "10:00", "13:00"],
    ["15.00–18.00 2 Прочие вопросы", "15:00", "18:00"],
  ])("%s", (text, start, end) => {
    expect(readTimeRangeAtStart(text)).toMatchObject({ start, end });
  });

  it("never reads an item number as a time", () => {
    expect(readTimeRangeAtStart("2 International cooperation")).toBeNull();
    expect(readTimeRangeAtStart("1 (a) Opening of the meeting")).toBeNull();
  });

  it("finds when the opening sentence says the session opens", () => {
    expect(findTime("将于 2018 年 7 月 2 日星期一上午 10 时开幕")).toBe("10:00");
    expect(findTime("will be opened at 10 a.m. on Monday, 2 July 2018")).toBe("10:00");
    expect(findTime("will open on Monday, 2 March 2020, at 3 p.m.")).toBe("15:00");
    expect(findTime("s'ouvrira le lundi 2 juillet 2018 à 10 heures")).toBe("10:00");
    expect(findTime("se inaugurará el lunes 2 de julio de 2018 a las 10.00 horas")).toBe("10:00");
  });
});
