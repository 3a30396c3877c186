import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, type CalendarEvent } from "./calendar";
import { transitions } from "./vtimezone";

const event = (overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: "slot-1@plenary",
  date: "2018-07-02",
  startMinutes: 600,
  endMinutes: 780,
  timeZone: "Europe/Vienna",
  summary: "Eighth meeting, Working Group; trafficking",
  location: "Vienna",
  description: "Items to be taken up:\n2 International cooperation (continued)",
  updatedAt: new Date("2018-06-01T12:00:00Z"),
  ...overrides,
});

/** Reads a feed back with an independent parser (ical.js, as calendar web apps use), time zones included. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
}

describe("calendar feed", () => {
  it("is read back with each meeting at the venue's local time, whatever the season", () => {
    const ics = buildCalendar("Working Group", [
      event(),
      event({ uid: "slot-2@plenary", date: "2019-01-15", startMinutes: 900, endMinutes: 1080 }),
    ]);
    const [summer, winter] = parse(ics);
    expect(summer?.startDate.toJSDate().toISOString()).toBe("2018-07-02T08:00:00.000Z");
    expect(summer?.endDate.toJSDate().toISOString()).toBe("2018-07-02T11:00:00.000Z");
    expect(summer?.startDate.zone?.tzid).toBe("Europe/Vienna");
    expect(winter?.startDate.toJSDate().toISOString()).toBe("2019-01-15T14:00:00.000Z");
    expect(summer?.summary).toBe("Eighth meeting, Working Group; trafficking");
    expect(summer?.location).toBe("Vienna");
    expect(summer?.description).toBe("Items to be taken up:\n2 International cooperation (continued)");
    expect(summer?.uid).toBe("slot-1@plenary");
  });

  it("carries a VTIMEZONE for every zone it uses, and zones without summer time too", () => {
    const ics = buildCalendar("Two venues", [
      event({ timeZone: "America/New_York" }),
      event({ uid: "b", timeZone: "Asia/Tokyo" }),
    ]);
    expect(ics).toContain("TZID:America/New_York");
    expect(ics).toContain("TZID:Asia/Tokyo");
    const [newYork, tokyo] = parse(ics);
    expect(newYork?.startDate.toJSDate().toISOString()).toBe("2018-07-02T14:00:00.000Z");
    expect(tokyo?.startDate.toJSDate().toISOString()).toBe("2018-07-02T01:00:00.000Z");
  });

  it("folds long lines of any script at 75 octets without splitting a character, with CRLF line ends", () => {
    const title = "贩运人口案件中的国际合作：考虑受害者的需求和权利".repeat(4);
    const ics = buildCalendar("日历", [event({ summary: title })]);
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics).not.toMatch(/[^\r]\n/);
    expect(parse(ics)[0]?.summary).toBe(title);
  });

  it("finds the two changes of offset of a European year, to the minute", () => {
    const found = transitions("Europe/Vienna", Date.UTC(2018, 0, 1), Date.UTC(2019, 0, 1));
    expect(found.map((t) => [new Date(t.at).toISOString(), t.from, t.to])).toEqual([
      ["2018-03-25T01:00:00.000Z", 60, 120],
      ["2018-10-28T01:00:00.000Z", 120, 60],
    ]);
  });
});
