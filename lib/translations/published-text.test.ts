import { describe, expect, it } from "vitest";
import { publishedText } from "./published-text";

describe("publishedText", () => {
  const text = { zh: "会议开幕", en: "Opening of the meeting", fr: "Ouverture de la réunion", es: "Apertura" };

  it("keeps the original and the translations marked final, and leaves out drafts and unmarked ones", () => {
    expect(publishedText(text, "title", { "title.en": "FINAL", "title.fr": "DRAFT" }, "zh")).toEqual({
      zh: "会议开幕",
      en: "Opening of the meeting",
    });
  });

  it("reads each field's own state, never another field's", () => {
    expect(publishedText(text, "annotation", { "title.en": "FINAL" }, "zh")).toEqual({ zh: "会议开幕" });
  });

  it("shows no translation when the states are missing or not an object", () => {
    for (const states of [undefined, null, "FINAL", ["title.en"], {}])
      expect(publishedText(text, "title", states, "zh")).toEqual({ zh: "会议开幕" });
  });

  it("has nothing to show for a state left behind without text", () => {
    expect(publishedText({ zh: "会议开幕" }, "title", { "title.ru": "FINAL" }, "zh")).toEqual({ zh: "会议开幕" });
    expect(publishedText({ en: "Only a final English" }, "title", { "title.en": "FINAL" }, "zh")).toEqual({
      en: "Only a final English",
    });
  });
});
