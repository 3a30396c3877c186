import { describe, expect, it } from "vitest";
import { pageTagsOfChange } from "./page-tags";

describe("what a change makes stale", () => {
  it("is the session's pages and the list for the chair's actions and the secretariat's edits", () => {
    for (const kind of ["meeting", "content"] as const)
      expect(pageTagsOfChange({ kind, sessionId: "s1" })).toEqual(["plenary:session:s1", "plenary:sessions"]);
  });

  it("is every page listing a document, or showing a body, and nothing else", () => {
    expect(pageTagsOfChange({ kind: "document", documentId: "d1" })).toEqual(["plenary:document:d1"]);
    expect(pageTagsOfChange({ kind: "body", bodyId: "b1" })).toEqual(["plenary:body:b1"]);
  });
});
