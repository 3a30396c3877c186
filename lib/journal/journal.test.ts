import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, getDb } from "../db";
import { createOpenDataFixture, type OpenDataFixture } from "../testing/open-data-fixture";
import { journalDay, loadJournal } from "./loaders";

const db = getDb();
let fixture: OpenDataFixture;

beforeAll(async () => {
  // A day of its own, so other tests' sessions on the fixture's usual day do not mix in.
  fixture = await createOpenDataFixture(db, "2036-11-17");
});

afterAll(async () => {
  await fixture.remove();
  await disconnectDb();
});

describe("daily journal", () => {
  it("lists the day's meetings of published sessions by time, with items, (continued) and documents", async () => {
    const journal = await loadJournal(fixture.day1, "en");
    const mine = journal.meetings.filter((m) => m.slug === fixture.slug || m.slug === fixture.draftSlug);
    expect(mine.map((m) => [m.slug, m.startMinutes, m.endMinutes])).toEqual([
      [fixture.slug, 600, 780],
      [fixture.slug, 900, 1080],
    ]);
    expect(mine[0]?.venue?.text).toBe("Vienna");
    expect(mine[0]?.timeZone).toBe("Europe/Vienna");
    expect(mine[0]?.items.map((i) => [i.number, i.continued])).toEqual([
      ["1(a)", false],
      ["2", false],
    ]);
    expect(mine[1]?.items.map((i) => [i.number, i.continued])).toEqual([["2", true]]);
    const documents = mine[1]?.items[0]?.documents ?? [];
    expect(documents.map((d) => d.symbol)).toEqual([fixture.symbols.general, fixture.symbols.restricted]);
    expect(documents[1]?.versions.every((v) => v.url === null)).toBe(true);
    expect(journal.previous).toBe("2036-11-16");
    expect(journal.next).toBe(fixture.day2);
  });

  it("reads the day from the address only: a day that is not one is no page", () => {
    expect(journalDay("2018-07-02")).toBe("2018-07-02");
    for (const bad of ["2018-02-30", "2018-7-2", "1900-01-01", "today", ["2018-07-02"]]) {
      expect(journalDay(bad)).toBeNull();
    }
  });
});
