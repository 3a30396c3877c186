import { describe, expect, it } from "vitest";
import { diffAudit, formatAuditValue, sameValue } from "./diff";

describe("diffAudit", () => {
  it("lists only the fields that changed, without bookkeeping columns", () => {
    const before = { id: "s1", version: 3, ordinal: 8, venue: { en: "Vienna" }, timeZone: "Europe/Vienna" };
    const after = { id: "s1", version: 4, ordinal: 9, venue: { en: "Vienna" }, timeZone: "Europe/Vienna" };
    expect(diffAudit(before, after)).toEqual([{ field: "ordinal", key: null, before: 8, after: 9 }]);
  });

  it("never shows a password hash, even if a snapshot holds one", () => {
    expect(diffAudit({ name: "A", passwordHash: "x" }, { name: "A", passwordHash: "y" })).toEqual([]);
  });

  it("shows a localized field language by language", () => {
    const before = { title: { zh: "开幕", en: "Opening" } };
    const after = { title: { en: "Opening", zh: "开幕", fr: "Ouverture" } };
    expect(diffAudit(before, after)).toEqual([{ field: "title", key: "fr", before: null, after: "Ouverture" }]);
  });

  it("shows translation states key by key", () => {
    const before = { translationStates: { "title.fr": "DRAFT" } };
    const after = { translationStates: { "title.fr": "FINAL" } };
    expect(diffAudit(before, after)).toEqual([
      { field: "translationStates", key: "title.fr", before: "DRAFT", after: "FINAL" },
    ]);
  });

  it("lists every field of a creation and of a deletion", () => {
    expect(diffAudit(null, { id: "x", title: { en: "New" }, position: 2, agendaSymbol: null })).toEqual([
      { field: "title", key: "en", before: null, after: "New" },
      { field: "position", key: null, before: null, after: 2 },
    ]);
    expect(diffAudit({ position: 2 }, undefined)).toEqual([{ field: "position", key: null, before: 2, after: null }]);
  });

  it("compares arrays as wholes", () => {
    expect(diffAudit({ interpretationLanguages: ["en", "zh"] }, { interpretationLanguages: ["en"] })).toEqual([
      { field: "interpretationLanguages", key: null, before: ["en", "zh"], after: ["en"] },
    ]);
  });

  it("ignores key order, as jsonb stores keys in its own order", () => {
    expect(diffAudit({ slot: { a: 1, b: { c: 2, d: 3 } } }, { slot: { b: { d: 3, c: 2 }, a: 1 } })).toEqual([]);
  });

  it("treats a missing value, null and an empty string alike", () => {
    expect(sameValue(null, undefined)).toBe(true);
    expect(sameValue("", null)).toBe(true);
    expect(sameValue(0, null)).toBe(false);
    expect(diffAudit({ title: { en: "" } }, { title: {} })).toEqual([]);
  });
});

describe("formatAuditValue", () => {
  it("writes values as a reader expects them", () => {
    expect(formatAuditValue(null)).toBe("");
    expect(formatAuditValue("Vienna")).toBe("Vienna");
    expect(formatAuditValue(12)).toBe("12");
    expect(formatAuditValue(["en", "zh"])).toBe("en, zh");
    expect(formatAuditValue("2018-07-02T00:00:00.000Z")).toBe("2018-07-02");
    expect(formatAuditValue("2018-07-02T09:30:12.000Z")).toBe("2018-07-02 09:30 UTC");
    expect(formatAuditValue({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });
});
