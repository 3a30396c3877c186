import { describe, expect, it } from "vitest";
import { findDate, isoDate, readDayLine } from "./dates";

const range = (text: string): [string | null, string | null] | null => {
  const found = findDate(text);
  return found ? [isoDate(found.start), isoDate(found.end, found.start.y)] : null;
};

describe("session dates as UN mastheads write them", () => {
  it.each([
    ["Vienna, 2 and 3 July 2018", "2018-07-02", "2018-07-03"],
    ["Vienna, 2–3 July 2018", "2018-07-02", "2018-07-03"],
    ["Vienna, 15–19 October 2018", "2018-10-15", "2018-10-19"],
    ["New York, 28 September–2 October 2020", "2020-09-28", "2020-10-02"],
    ["New York, 30 December 2019–3 January 2020", "2019-12-30", "2020-01-03"],
    ["Geneva, 7 to 11 February 2021", "2021-02-07", "2021-02-11"],
    ["2018 年 7 月 2 日和 3 日，维也纳", "2018-07-02", "2018-07-03"],
    ["2020年9月28日至10月2日，纽约", "2020-09-28", "2020-10-02"],
    ["Vienne, 2 et 3 juillet 2018", "2018-07-02", "2018-07-03"],
    ["Viena, 2 y 3 de julio de 2018", "2018-07-02", "2018-07-03"],
    ["Вена, 2–6 марта 2020 года", "2020-03-02", "2020-03-06"],
    ["Vienna, 5 March 2019", "2019-03-05", "2019-03-05"],
  ])("%s", (text, start, end) => {
    expect(range(text)).toEqual([start, end]);
  });

  it("rejects days that do not exist", () => {
    expect(range("31 June 2018")).toEqual([null, null]);
    expect(range("no date here, only 7/1 and 2018")).toBeNull();
  });
});

describe("day lines of the organization of work", () => {
  it.each([
    ["Monday, 2 July", { m: 7, d: 2 }, 1],
    ["7月 2日，星期一", { m: 7, d: 2 }, 1],
    ["Lundi 2 juillet", { m: 7, d: 2 }, 1],
    ["Martes 3 de julio", { m: 7, d: 3 }, 2],
    ["Понедельник, 2 июля", { m: 7, d: 2 }, 1],
    ["2 July (Monday)", { m: 7, d: 2 }, 1],
  ])("%s", (text, date, weekday) => {
    expect(readDayLine(text)).toMatchObject({ date, weekday, length: text.length });
  });

  it("leaves the rest of a table row that follows the day", () => {
    const day = readDayLine("Monday, 16 May 10 a.m. to 1 p.m. 1 Election of officers");
    expect(day?.length).toBe("Monday, 16 May ".length);
  });

  it("does not take a time or an item for a day", () => {
    expect(readDayLine("10 a.m.–1 p.m. 1 (a) Opening of the meeting")).toBeNull();
    expect(readDayLine("2 Other matters")).toBeNull();
  });
});
