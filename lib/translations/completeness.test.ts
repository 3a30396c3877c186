import { describe, expect, it } from "vitest";
import {
  countStates,
  fieldState,
  leastCompleteLocale,
  toTranslationStates,
  type Completeness,
  type TranslatableValue,
} from "./completeness";

const value = (
  text: TranslatableValue["text"],
  states: TranslatableValue["states"] = {},
  field = "title",
): TranslatableValue => ({
  field,
  text,
  states,
  originalLanguage: "zh",
});

describe("fieldState", () => {
  it("is MISSING without text, DRAFT with text and no state, and the recorded state otherwise", () => {
    const title = value(
      { zh: "议程", en: "Agenda", fr: "Ordre du jour" },
      { "title.fr": "FINAL", "title.ru": "FINAL" },
    );
    expect(fieldState(title, "ar")).toBe("MISSING");
    expect(fieldState(title, "en")).toBe("DRAFT");
    expect(fieldState(title, "fr")).toBe("FINAL");
    // A FINAL state left behind without text still counts as missing.
    expect(fieldState(title, "ru")).toBe("MISSING");
  });

  it("counts the original language as FINAL when it has text", () => {
    expect(fieldState(value({ zh: "议程" }), "zh")).toBe("FINAL");
    expect(fieldState(value({}), "zh")).toBe("MISSING");
  });

  it("treats blank text as missing", () => {
    expect(fieldState(value({ en: "   " }), "en")).toBe("MISSING");
  });

  it("reads each field's own key", () => {
    expect(fieldState(value({ en: "Notes" }, { "title.en": "FINAL" }, "annotation"), "en")).toBe("DRAFT");
  });
});

describe("countStates", () => {
  it("counts every field once per language", () => {
    const counts = countStates([
      value({ zh: "标题", en: "Title" }, { "title.en": "FINAL" }),
      value({ zh: "注释", en: "Notes", fr: "Notes" }, {}, "annotation"),
    ]);
    expect(counts.zh).toEqual({ missing: 0, draft: 0, final: 2 });
    expect(counts.en).toEqual({ missing: 0, draft: 1, final: 1 });
    expect(counts.fr).toEqual({ missing: 1, draft: 1, final: 0 });
    expect(counts.ar).toEqual({ missing: 2, draft: 0, final: 0 });
  });

  it("gives every language zero counts when there is nothing to translate", () => {
    expect(Object.values(countStates([]))).toEqual(Array(6).fill({ missing: 0, draft: 0, final: 0 }));
  });
});

describe("leastCompleteLocale", () => {
  const base = (): Completeness => ({
    ar: { missing: 2, draft: 0, final: 0 },
    zh: { missing: 0, draft: 0, final: 2 },
    en: { missing: 0, draft: 0, final: 2 },
    fr: { missing: 2, draft: 0, final: 0 },
    ru: { missing: 1, draft: 1, final: 0 },
    es: { missing: 2, draft: 0, final: 0 },
  });

  it("picks the language with most missing, the first in UN order on a tie", () => {
    expect(leastCompleteLocale(base(), "zh")).toBe("ar");
  });

  it("breaks a tie on missing fields by the fewest final ones", () => {
    const counts = { ...base(), ar: { missing: 2, draft: 0, final: 1 } };
    expect(leastCompleteLocale(counts, "zh")).toBe("fr");
  });

  it("never picks the original language", () => {
    const counts = { ...base(), ar: { missing: 9, draft: 0, final: 0 } };
    expect(leastCompleteLocale(counts, "ar")).toBe("fr");
  });
});

describe("toTranslationStates", () => {
  it("keeps only field.locale keys with a known state", () => {
    expect(
      toTranslationStates({ "title.fr": "FINAL", "title.en": "DONE", junk: "DRAFT", "venue.zh": "DRAFT" }),
    ).toEqual({ "title.fr": "FINAL", "venue.zh": "DRAFT" });
    expect(toTranslationStates(null)).toEqual({});
    expect(toTranslationStates(["DRAFT"])).toEqual({});
  });
});
