import { describe, expect, it } from "vitest";
import { readItemReference, readMarker } from "./numbering";

describe("item markers at the start of a line", () => {
  it.each([
    ["1. Organizational matters:", { kind: "number", value: 1, rest: "Organizational matters:" }],
    ["12) Other business", { kind: "number", value: 12, rest: "Other business" }],
    ["IV. Thematic discussions", { kind: "roman", value: 4, rest: "Thematic discussions" }],
    ["(a) Opening of the meeting;", { kind: "sub", letter: 1, rest: "Opening of the meeting;" }],
    ["a) Ouverture de la réunion ;", { kind: "sub", letter: 1, rest: "Ouverture de la réunion ;" }],
    ["b. Aprobación del programa", { kind: "sub", letter: 2, rest: "Aprobación del programa" }],
    ["(ii) Deactivation", { kind: "sub", roman: 2, rest: "Deactivation" }],
    ["б) утверждение повестки дня", { kind: "sub", letter: 2, rest: "утверждение повестки дня" }],
    ["（a）会议开幕；", { kind: "sub", letter: 1, rest: "会议开幕；" }],
    ["а) Выборы должностных лиц;", { kind: "sub", letter: 1, rest: "Выборы должностных лиц;" }],
    ["(ب) إقرار جدول الأعمال؛", { kind: "sub", letter: 2, rest: "إقرار جدول الأعمال؛" }],
    ["(هـ) مسائل أخرى", { kind: "sub", letter: 5, rest: "مسائل أخرى" }],
    ["٣- انتخاب أعضاء المكتب", { kind: "number", value: 3, rest: "انتخاب أعضاء المكتب" }],
    ["١٢. مسائل أخرى", { kind: "number", value: 12, rest: "مسائل أخرى" }],
    ["2 (a). Adoption of the agenda", { kind: "sub", letter: 1, rest: "Adoption of the agenda" }],
    ["(c). Election of additional officers;", { kind: "sub", letter: 3, rest: "Election of additional officers;" }],
  ])("%s", (text, marker) => {
    expect(readMarker(text)).toMatchObject(marker);
  });

  it("keeps both readings of (i), which may be the ninth letter or the first Roman numeral", () => {
    expect(readMarker("(i) Marking")).toMatchObject({ kind: "sub", letter: 9, roman: 1 });
  });

  it("does not take ordinary text for a marker", () => {
    for (const text of ["2.5 million victims", "i.e. the Protocol", "civil society.", "2018 年"])
      expect(readMarker(text)).toBeNull();
  });

  it("reads item references in the organization of work", () => {
    expect(readItemReference("1 (a) (i) Marking")).toEqual({ parts: ["1", "a", "i"], rest: "Marking" });
    expect(readItemReference("1(b) 通过议程")).toEqual({ parts: ["1", "b"], rest: "通过议程" });
    expect(readItemReference("1 a) Ouverture")).toEqual({ parts: ["1", "a"], rest: "Ouverture" });
    expect(readItemReference("2019 was a year")).toBeNull();
  });
});
