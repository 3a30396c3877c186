import { describe, expect, it } from "vitest";
import { applyChoices, mergeFields, sameValue } from "./merge";

const base = { title: "Agenda", venue: "Vienna", start: 600, end: 780, languages: ["en", "fr"] };

describe("mergeFields", () => {
  it("keeps the other person's change to a field this user left alone, and applies this user's own change", () => {
    const current = { ...base, title: "Their agenda" };
    const mine = { ...base, venue: "Geneva" };
    expect(mergeFields(base, mine, current)).toEqual({
      ok: true,
      values: { ...base, title: "Their agenda", venue: "Geneva" },
    });
  });

  it("reports a field both changed differently, with both values, and merges the rest", () => {
    const current = { ...base, title: "Their agenda", end: 800 };
    const mine = { ...base, title: "My agenda", venue: "Geneva" };
    expect(mergeFields(base, mine, current)).toEqual({
      ok: false,
      values: { ...base, title: "My agenda", venue: "Geneva", end: 800 },
      conflicts: [{ field: "title", current: "Their agenda", yours: "My agenda" }],
    });
  });

  it("takes the same change made by both as no conflict", () => {
    const same = { ...base, title: "Agreed" };
    expect(mergeFields(base, same, same)).toEqual({ ok: true, values: same });
  });

  it("treats every differing field as a conflict when the starting values are unknown, or one of them is", () => {
    const current = { ...base, title: "Their agenda" };
    const mine = { ...base, venue: "Geneva" };
    expect(mergeFields(undefined, mine, current)).toMatchObject({
      ok: false,
      conflicts: [{ field: "title" }, { field: "venue" }],
    });
    expect(mergeFields({ ...base, venue: undefined }, mine, current)).toMatchObject({
      ok: false,
      conflicts: [{ field: "venue", current: "Vienna", yours: "Geneva" }],
    });
  });

  it("merges fields that belong together as a whole: a start from one person and an end from the other is a conflict", () => {
    const current = { ...base, start: 660 };
    const mine = { ...base, end: 720 };
    expect(mergeFields(base, mine, current)).toEqual({ ok: true, values: { ...base, start: 660, end: 720 } });
    expect(mergeFields(base, mine, current, [["start", "end"]])).toEqual({
      ok: false,
      values: { ...base, start: 600, end: 720 },
      conflicts: [
        { field: "start", current: 660, yours: 600 },
        { field: "end", current: 780, yours: 720 },
      ],
    });
    // A group only one of them touched merges as usual.
    expect(mergeFields(base, { ...base, venue: "Geneva" }, current, [["start", "end"]])).toMatchObject({
      ok: true,
      values: { start: 660, venue: "Geneva" },
    });
  });

  it("compares lists and objects by value", () => {
    expect(mergeFields(base, { ...base, languages: ["en", "fr"] }, { ...base, title: "Theirs" })).toMatchObject({
      ok: true,
      values: { title: "Theirs" },
    });
    expect(sameValue({ en: { url: null } }, { en: { url: null } })).toBe(true);
    expect(sameValue({ en: { url: null } }, { en: { url: "https://a.org" } })).toBe(false);
    expect(sameValue(["en", "fr"], ["fr", "en"])).toBe(false);
    expect(sameValue({}, { en: undefined })).toBe(true);
  });
});

describe("applyChoices", () => {
  it("sets each conflicting field to the side chosen and leaves the merged rest", () => {
    const merged = { title: "Mine", venue: "Geneva", end: 800 };
    const conflicts = [
      { field: "title", current: "Theirs", yours: "Mine" },
      { field: "end", current: 800, yours: 720 },
    ];
    expect(applyChoices(merged, conflicts, { title: "current", end: "yours" })).toEqual({
      title: "Theirs",
      venue: "Geneva",
      end: 720,
    });
  });
});
