import { describe, expect, it } from "vitest";
import en from "../i18n/messages/en/importer.json";
import { formatWarning } from "./format-warning";

describe("formatWarning", () => {
  it("prefixes the line and fills the placeholders of the English message", () => {
    expect(formatWarning({ line: 12, code: "item-out-of-sequence", params: { number: "4", expected: "3" } }, en)).toBe(
      "line 12: Item 4 is out of sequence: item 3 was expected here.",
    );
  });

  it("can use the warning's own line inside the message", () => {
    const text = formatWarning({ line: 9000, code: "input-truncated", params: { limit: 1000000 } }, en);
    expect(text).toMatch(/^line 9000: .*1000000 characters.*after line 9000/);
  });

  it("falls back to the code when a message is missing", () => {
    expect(formatWarning({ line: 0, code: "no-annex-found" }, {})).toBe("line 0: no-annex-found");
  });
});
