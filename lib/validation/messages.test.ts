import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../i18n/locales";

// The messages the shared schema building blocks give, which forms show next to the field.
const KEYS = [
  "invalidCharacters",
  "dateOutOfRange",
  "invalidDate",
  "tooLong",
  "tooLongMax",
  "tooDeep",
  "required",
  "invalid",
  "invalidUrl",
  "invalidTimeZone",
];

describe("field messages of the validation building blocks", () => {
  it.each(LOCALES)("are written in %s", (locale) => {
    const file = path.resolve(import.meta.dirname, `../i18n/messages/${locale}/errors.json`);
    const fields = (JSON.parse(readFileSync(file, "utf8")) as { fields: Record<string, string> }).fields;
    for (const key of KEYS) expect(fields[key], `${locale}: ${key}`).toMatch(/\S/);
    // The limit itself must reach the reader, in every language.
    expect(fields.tooLongMax).toContain("{max, number}");
    if (locale !== "en")
      expect(fields.invalidCharacters).not.toBe(
        JSON.parse(readFileSync(file.replace(`/${locale}/`, "/en/"), "utf8")).fields.invalidCharacters,
      );
  });
});
