import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, getDb } from "../db";
import { updateSlot } from "../schedule/mutations";
import { createTestActor, removeTestUsers } from "../testing/actors";
import { createOpenDataFixture, type OpenDataFixture } from "../testing/open-data-fixture";
import type { Actor } from "../auth/types";
import { loadBodyCalendar, loadSessionCalendar } from "./loaders";

const db = getDb();
let fixture: OpenDataFixture;
let secretariat: Actor;

beforeAll(async () => {
  fixture = await createOpenDataFixture(db);
  secretariat = await createTestActor(db, "SECRETARIAT");
});

afterAll(async () => {
  await fixture.remove();
  await removeTestUsers(db, [secretariat]);
  await disconnectDb();
});

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
}

describe("a session's calendar feed", () => {
  it("has one event per slot at Vienna time, the items with (continued), and the venue", async () => {
    const ics = await loadSessionCalendar("en", fixture.slug);
    const parsed = events(ics ?? "");
    expect(parsed.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
      `${fixture.day1}T08:00:00.000Z`,
      `${fixture.day1}T13:00:00.000Z`,
      `${fixture.day2}T08:00:00.000Z`,
    ]);
    expect(parsed[0]?.summary).toBe(`Open data meeting ${fixture.tag}`);
    expect(parsed[0]?.location).toBe("Vienna");
    expect(parsed[0]?.description).toBe(
      "Items to be taken up:\n1(a) Opening of the meeting\n2 International cooperation",
    );
    expect(parsed[1]?.description).toBe("Items to be taken up:\n2 International cooperation (continued)");
    expect(parsed.map((e) => e.uid)).toEqual(fixture.slotIds.map((id) => `slot-${id}@plenary`));
  });

  it("speaks the reader's language, falling back to the session's own", async () => {
    const parsed = events((await loadSessionCalendar("zh", fixture.slug)) ?? "");
    expect(parsed[0]?.summary).toBe(`开放数据会议 ${fixture.tag}`);
    expect(parsed[0]?.location).toBe("维也纳");
    expect(parsed[1]?.description).toBe("拟审议的项目：\n2 International cooperation（续）");
  });

  it("keeps each event's UID when the secretariat moves the meeting, so calendars replace it", async () => {
    const before = events((await loadSessionCalendar("en", fixture.slug)) ?? "");
    const slot = await db.timeSlot.findUniqueOrThrow({ where: { id: fixture.slotIds[1] } });
    await updateSlot(db, secretariat, slot.id, slot.version, { date: fixture.day1, start: 960, end: 1080 });
    const after = events((await loadSessionCalendar("en", fixture.slug)) ?? "");
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    expect(after[1]?.startDate.toJSDate().toISOString()).toBe(`${fixture.day1}T14:00:00.000Z`);
  });

  it("does not exist for a draft session or an unknown address", async () => {
    expect(await loadSessionCalendar("en", fixture.draftSlug)).toBeNull();
    expect(await loadSessionCalendar("en", "no-such-session")).toBeNull();
  });
});

describe("a body's calendar feed", () => {
  it("holds the meetings of its published sessions only", async () => {
    const ics = (await loadBodyCalendar("en", fixture.prefix)) ?? "";
    expect(ics).toContain(`X-WR-CALNAME:Working Group ${fixture.tag}`);
    const parsed = events(ics);
    expect(parsed).toHaveLength(3);
    expect(parsed.every((e) => e.summary === `Open data meeting ${fixture.tag}`)).toBe(true);
    expect(await loadBodyCalendar("en", "NO/SUCH/BODY")).toBeNull();
  });
});

describe("links back to the session", () => {
  it("are given when the deployment's public address is known", async () => {
    const before = process.env.AUTH_URL;
    process.env.AUTH_URL = "https://plenary.example.org/";
    try {
      const [first] = events((await loadSessionCalendar("fr", fixture.slug)) ?? "");
      const page = `https://plenary.example.org/fr/sessions/${fixture.slug}`;
      expect(first?.component.getFirstPropertyValue("url")).toBe(page);
      expect(first?.description.endsWith(`Page de la session : ${page}`)).toBe(true);
    } finally {
      if (before === undefined) delete process.env.AUTH_URL;
      else process.env.AUTH_URL = before;
    }
  });
});
