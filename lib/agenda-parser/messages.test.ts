import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import { LOCALES, type Locale } from "../i18n/locales";
import ar from "../i18n/messages/ar/importer.json";
import en from "../i18n/messages/en/importer.json";
import es from "../i18n/messages/es/importer.json";
import fr from "../i18n/messages/fr/importer.json";
import ru from "../i18n/messages/ru/importer.json";
import zh from "../i18n/messages/zh/importer.json";
import { IMPORT_WARNING_CODES, IMPORT_WARNING_PARAMS } from "./types";

const MESSAGES: Record<Locale, Record<string, string>> = { ar, zh, en, fr, ru, es };

const placeholders = (message: string): string[] => [...message.matchAll(/\{(\w+)/g)].map((m) => m[1] ?? "").sort();

const SAMPLE = {
  text: "CTOC/COP/WG.4/2018/CRP.x",
  error: "bad-segment",
  number: "7(b)",
  expected: "6",
  limit: 1000000,
  count: 3,
  line: 58,
};

describe("importer warning messages", () => {
  it.each(LOCALES)("%s has a message for every warning code and no stale ones", (locale) => {
    expect(Object.keys(MESSAGES[locale]).sort()).toEqual([...IMPORT_WARNING_CODES].sort());
  });

  it.each(LOCALES)("%s messages are valid ICU and show what went wrong", (locale) => {
    const onError = vi.fn();
    const t = createTranslator({ locale, messages: { importer: MESSAGES[locale] }, namespace: "importer", onError });
    for (const code of IMPORT_WARNING_CODES) {
      const text = t(code, SAMPLE);
      expect(text.length, code).toBeGreaterThan(8);
      if (placeholders(MESSAGES[locale][code] ?? "").includes("text")) expect(text).toContain(SAMPLE.text);
      if (placeholders(MESSAGES[locale][code] ?? "").includes("number")) expect(text).toContain(SAMPLE.number);
    }
    expect(onError).not.toHaveBeenCalled();
  });

  it("uses only the params a warning carries, plus its line", () => {
    for (const code of IMPORT_WARNING_CODES) {
      const allowed = [...IMPORT_WARNING_PARAMS[code], "line"];
      for (const name of placeholders(MESSAGES.en[code] ?? ""))
        expect(allowed, `${code} uses {${name}}`).toContain(name);
    }
  });

  it.each(LOCALES.filter((l) => l !== "en"))(
    "%s keeps the placeholders of the English text and is translated",
    (locale) => {
      for (const code of IMPORT_WARNING_CODES) {
        const message = MESSAGES[locale][code] ?? "";
        expect(placeholders(message), `${locale}.${code}`).toEqual(placeholders(MESSAGES.en[code] ?? ""));
        expect(message, `${locale}.${code}`).not.toBe(MESSAGES.en[code]);
      }
    },
  );

  it("isolates Latin values inside Arabic text so symbols are not reordered", () => {
    for (const code of IMPORT_WARNING_CODES) {
      const bare = (MESSAGES.ar[code] ?? "").replace(/\u2068\{(?:text|number|expected|error)\}\u2069/g, "");
      expect(bare, code).not.toMatch(/\{(?:text|number|expected|error)\}/);
    }
  });
});
