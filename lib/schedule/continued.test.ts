import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import ar from "@/lib/i18n/messages/ar/schedule.json";
import en from "@/lib/i18n/messages/en/schedule.json";
import es from "@/lib/i18n/messages/es/schedule.json";
import fr from "@/lib/i18n/messages/fr/schedule.json";
import ru from "@/lib/i18n/messages/ru/schedule.json";
import zh from "@/lib/i18n/messages/zh/schedule.json";
import { markContinued } from "./continued";

const slot = (date: string, startMinutes: number, itemIds: string[], name = `${date} ${startMinutes}`) => ({
  name,
  date,
  startMinutes,
  itemIds,
});

const continuedIn = (slots: ReturnType<typeof markContinued<ReturnType<typeof slot>>>) =>
  slots.map((s) => s.entries.filter((e) => e.continued).map((e) => e.itemId));

describe("markContinued", () => {
  it("marks the items of the reference session's organization of work", () => {
    const result = markContinued([
      slot("2018-05-21", 600, ["1(a)", "1(b)", "2"]),
      slot("2018-05-21", 900, ["2", "3"]),
      slot("2018-05-22", 600, ["3"]),
      slot("2018-05-22", 900, ["4", "5"]),
    ]);
    expect(continuedIn(result)).toEqual([[], ["2"], ["3"], []]);
    expect(result[1]?.entries).toEqual([
      { itemId: "2", continued: true },
      { itemId: "3", continued: false },
    ]);
  });

  it("marks an item continued in every slot after the first of three", () => {
    const result = markContinued([
      slot("2024-03-04", 600, ["7"]),
      slot("2024-03-04", 900, ["7"]),
      slot("2024-03-05", 600, ["7", "8"]),
    ]);
    expect(result.map((s) => s.entries)).toEqual([
      [{ itemId: "7", continued: false }],
      [{ itemId: "7", continued: true }],
      [
        { itemId: "7", continued: true },
        { itemId: "8", continued: false },
      ],
    ]);
  });

  it("does not mark an item continued when it is listed twice in its first slot", () => {
    const [first, second] = markContinued([slot("2024-03-04", 600, ["4", "5", "4"]), slot("2024-03-04", 900, ["4"])]);
    expect(first?.entries.map((e) => e.continued)).toEqual([false, false, false]);
    expect(second?.entries).toEqual([{ itemId: "4", continued: true }]);
  });

  it("sorts slots by date and start time before deciding, and keeps their other fields", () => {
    const result = markContinued([
      slot("2018-05-22", 600, ["3"], "Tuesday morning"),
      slot("2018-05-21", 900, ["2", "3"], "Monday afternoon"),
      slot("2018-05-21", 600, ["1", "2"], "Monday morning"),
    ]);
    expect(result.map((s) => s.name)).toEqual(["Monday morning", "Monday afternoon", "Tuesday morning"]);
    expect(continuedIn(result)).toEqual([[], ["2"], ["3"]]);
  });

  it("orders a morning slot at 9:30 before one at 15:00 on the same day, numerically not as text", () => {
    const result = markContinued([slot("2024-01-08", 900, ["1"]), slot("2024-01-08", 570, ["1"])]);
    expect(result.map((s) => s.startMinutes)).toEqual([570, 900]);
    expect(result[1]?.entries[0]?.continued).toBe(true);
  });

  it("does not reorder or modify the caller's array", () => {
    const input = [slot("2024-01-09", 600, ["1"]), slot("2024-01-08", 600, ["1"])];
    const copy = structuredClone(input);
    markContinued(input);
    expect(input).toEqual(copy);
  });
});

describe("the (continued) label", () => {
  const MESSAGES: Record<Locale, { continued: string }> = { ar, zh, en, fr, ru, es };

  it("is written as each language's UN documents write it", () => {
    expect(Object.fromEntries(LOCALES.map((l) => [l, MESSAGES[l].continued]))).toEqual({
      ar: "(تابع)",
      zh: "（续）",
      en: "(continued)",
      fr: "(suite)",
      ru: "(продолжение)",
      es: "(continuación)",
    });
  });
});
