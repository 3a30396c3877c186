import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { createItemSchema, updateItemSchema } from "../agenda/schema";
import { createDocumentSchema, documentFieldsSchema } from "../documents/schema";
import { parseSymbol } from "../documents/symbol";
import { importDraftSchema } from "../imports/schema";
import { addDaySchema, createSlotSchema } from "../schedule/schema";
import { duplicateSessionSchema, sessionFieldsSchema, updateSessionSchema } from "../sessions/schema";
import { setTranslationSchema } from "../translations/schema";

/**
 * Every schema refuses, with a message for the field, what would otherwise pass validation and then fail in
 * the database (NUL, lone surrogates, year 0000 or 9999, an int4 overflow) or break a page later.
 */

const fields = (schema: z.ZodType, input: unknown): Record<string, string> => {
  const result = schema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

const ID = "cmx7a2ii20002907dq3kzhfwr";
const SESSION = {
  ordinal: 3,
  title: "Third meeting",
  venue: "Vienna",
  timeZone: "Europe/Vienna",
  startDate: "2031-03-02",
  endDate: "2031-03-03",
  originalLanguage: "en",
  plenaryMeetings: 4,
  interpretationLanguages: ["en", "fr"],
  agendaSymbol: "",
};
const DOCUMENT = {
  symbol: "CTOC/COP/WG.4/2031/1",
  kind: "OTHER",
  issuedBy: "",
  issuedOn: "",
  distribution: "GENERAL",
  title: "Agenda",
  description: "",
  versions: {},
};

describe("text the database cannot store", () => {
  it.each([
    ["NUL", "Opening\u0000"],
    ["a lone surrogate", "Opening \uD800"],
    ["an escape sequence", "\u001b[2JOpening"],
  ])("is refused next to the field: %s", (_name, text) => {
    expect(fields(createItemSchema, { sessionId: ID, title: text })).toEqual({ title: "invalidCharacters" });
    expect(fields(updateItemSchema, { id: ID, version: 1, title: "ok", annotation: text })).toEqual({
      annotation: "invalidCharacters",
    });
    expect(fields(sessionFieldsSchema, { ...SESSION, venue: text })).toEqual({ venue: "invalidCharacters" });
    expect(fields(documentFieldsSchema, { ...DOCUMENT, description: text })).toEqual({
      description: "invalidCharacters",
    });
    expect(
      fields(setTranslationSchema, {
        entity: "session",
        id: ID,
        version: 1,
        field: "title",
        locale: "fr",
        text,
        state: "DRAFT",
        sessionId: ID,
      }),
    ).toEqual({
      text: "invalidCharacters",
    });
  });

  it("is refused in ids and versions that would otherwise reach a query", () => {
    expect(fields(updateItemSchema, { id: "a\u0000", version: 1, title: "ok" })).toEqual({ id: "invalid" });
    expect(fields(updateSessionSchema, { id: ID, version: 2 ** 31, session: SESSION })).toEqual({ version: "invalid" });
  });
});

describe("dates", () => {
  it.each(["0000-01-01", "9999-12-31", "1900-01-01"])("outside 1945–2200 are refused everywhere: %s", (date) => {
    expect(fields(duplicateSessionSchema, { sourceId: ID, ordinal: 2, startDate: date })).toEqual({
      startDate: "dateOutOfRange",
    });
    expect(fields(sessionFieldsSchema, { ...SESSION, startDate: date, endDate: "2031-03-03" })).toMatchObject({
      startDate: "dateOutOfRange",
    });
    expect(fields(addDaySchema, { sessionId: ID, date })).toEqual({ date: "dateOutOfRange" });
    expect(fields(createSlotSchema, { sessionId: ID, slot: { date, start: "10:00", end: "13:00" } })).toEqual({
      "slot.date": "dateOutOfRange",
    });
    expect(fields(documentFieldsSchema, { ...DOCUMENT, issuedOn: date })).toEqual({ issuedOn: "dateOutOfRange" });
  });
});

describe("interpretation languages", () => {
  it("are limited to the six languages, each once", () => {
    expect(
      fields(sessionFieldsSchema, { ...SESSION, interpretationLanguages: Array.from({ length: 200_000 }, () => "en") }),
    ).toEqual({
      interpretationLanguages: "invalid",
    });
    expect(
      sessionFieldsSchema.parse({ ...SESSION, interpretationLanguages: ["fr", "en", "fr"] }).interpretationLanguages,
    ).toEqual(["fr", "en"]);
  });
});

describe("links and symbols", () => {
  it("refuse bidirectional controls and other invisible characters in a document's address", () => {
    for (const url of [
      "https://undocs.org/\u202Efdp.exe",
      "https://undocs.org/a\u200Bb",
      "https://undocs.org/\u2066x",
      "https://undocs.org/a\tb",
      "https://un.org@evil.example/a.pdf",
      "https://user:pw@undocs.org/x",
    ]) {
      expect(fields(documentFieldsSchema, { ...DOCUMENT, versions: { en: { url } } }), JSON.stringify(url)).toEqual({
        "versions.en.url": "invalidUrl",
      });
    }
    expect(
      fields(documentFieldsSchema, {
        ...DOCUMENT,
        versions: { en: { url: "https://undocs.org/en/CTOC/COP/WG.4/2031/1" } },
      }),
    ).toEqual({});
  });

  it("refuse bidirectional controls in a symbol, naming them by code point", () => {
    expect(
      fields(createDocumentSchema, { sessionId: ID, document: { ...DOCUMENT, symbol: "CTOC/COP/WG.4/2031/\u202E1" } }),
    ).toEqual({ "document.symbol": "invalid-character" });
    const result = parseSymbol("A/\u202E1");
    expect(result.ok ? null : result.error.segment).toBe("U+202E");
  });
});

describe("imported items", () => {
  const item = (children: unknown[] = []) => ({ key: "k", title: "Item", annotation: "", documents: [], children });
  const draft = (items: unknown) => ({
    language: "en",
    body: { kind: "existing", bodyId: ID },
    session: SESSION,
    documentTitle: "",
    items,
    slots: [],
  });

  it("nested a thousand levels deep are refused before the recursive parse, with the editor's message", () => {
    let deep = item();
    for (let i = 0; i < 1_000; i++) deep = item([deep]);
    expect(fields(importDraftSchema, draft([deep]))).toEqual({ items: "tooDeep" });
    expect(fields(importDraftSchema, draft([item([item([item([item()])])])]))).toEqual({ items: "tooDeep" });
    expect(fields(importDraftSchema, draft([item([item([item()])])]))).toEqual({});
  });

  it("too many on one level are refused without walking into them", () => {
    expect(fields(importDraftSchema, draft([item(Array.from({ length: 61 }, () => item()))]))).toEqual({
      items: "tooLong",
    });
  });
});
