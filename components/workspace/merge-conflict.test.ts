import { describe, expect, it } from "vitest";
import { documentFieldsSchema } from "@/lib/documents/schema";
import { editValues, fromFields, toInput } from "./documents/form-values";
import type { RegistryDocument } from "./documents/registry-types";
import { mergeConflictOf, resolvedSave } from "./merge-conflict";

const details = {
  current: { version: 4, title: "Theirs", venue: "Vienna" },
  merged: { title: "Mine", venue: "Geneva" },
  conflicts: [{ field: "title", current: "Theirs", yours: "Mine" }],
};

describe("the conflict a form was refused with", () => {
  it("is read only from a field-by-field conflict", () => {
    expect(mergeConflictOf({ ok: false, error: { code: "conflict", details } })).toEqual(details);
    expect(
      mergeConflictOf({ ok: false, error: { code: "conflict", details: { current: { version: 4 } } } }),
    ).toBeUndefined();
    expect(mergeConflictOf({ ok: false, error: { code: "validation", details } })).toBeUndefined();
    expect(mergeConflictOf({ ok: true, data: null })).toBeUndefined();
  });

  it("is saved next on the current version, from the current values, with the choices made", () => {
    expect(resolvedSave(details, { title: "current" })).toEqual({
      version: 4,
      base: { title: "Theirs", venue: "Vienna" },
      values: { title: "Theirs", venue: "Geneva" },
    });
    expect(resolvedSave(details, { title: "yours" }).values).toEqual({ title: "Mine", venue: "Geneva" });
  });
});

describe("a document's fields coming back from a conflict", () => {
  it("fill the form as the server stored them, keeping links typed in unticked rows", () => {
    const registered: RegistryDocument = {
      id: "d",
      version: 1,
      symbol: "A/78/250",
      kind: "REPORT",
      distribution: "GENERAL",
      issuedBy: { en: "Secretariat" },
      issuedOn: null,
      title: { en: "Report" },
      description: {},
      originalLanguage: "en",
      versions: [{ locale: "en", url: null }],
      attachments: [],
      otherAttachments: 0,
    };
    const form = editValues(registered, "en");
    form.versions.fr = { exists: false, url: "https://example.org/fr" };
    const stored = documentFieldsSchema.parse({
      ...toInput(form),
      title: "Their report",
      issuedOn: "2030-01-02",
      versions: { en: { url: "https://example.org/en" }, zh: { url: "" } },
    });
    const back = fromFields(stored as unknown as Record<string, unknown>, form);
    expect(back).toMatchObject({ title: "Their report", issuedOn: "2030-01-02", issuedBy: "Secretariat" });
    expect([back.versions.en, back.versions.zh, back.versions.fr]).toEqual([
      { exists: true, url: "https://example.org/en" },
      { exists: true, url: "" },
      { exists: false, url: "https://example.org/fr" },
    ]);
    expect(documentFieldsSchema.parse(toInput(back))).toEqual(stored);
  });
});
