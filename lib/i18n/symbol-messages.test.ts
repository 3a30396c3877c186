import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import { parseSymbol, SYMBOL_ERROR_CODES } from "@/lib/documents/symbol";
import { LOCALES, type Locale } from "./locales";
import ar from "./messages/ar/symbol.json";
import en from "./messages/en/symbol.json";
import es from "./messages/es/symbol.json";
import fr from "./messages/fr/symbol.json";
import ru from "./messages/ru/symbol.json";
import zh from "./messages/zh/symbol.json";

const MESSAGES: Record<Locale, Record<string, string>> = { ar, zh, en, fr, ru, es };

const placeholders = (message: string): string[] => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

function translator(locale: Locale, onError = vi.fn()) {
  return createTranslator({ locale, messages: { symbol: MESSAGES[locale] }, namespace: "symbol", onError });
}

describe("symbol error messages", () => {
  it.each(LOCALES)("%s has a message for every error code and no stale ones", (locale) => {
    expect(Object.keys(MESSAGES[locale]).sort()).toEqual([...SYMBOL_ERROR_CODES].sort());
  });

  it.each(LOCALES)("%s messages are valid ICU and show the offending segment", (locale) => {
    const onError = vi.fn();
    const t = translator(locale, onError);
    for (const code of SYMBOL_ERROR_CODES) {
      const text = t(code, { segment: "Add.x", position: 13 });
      expect(text.length).toBeGreaterThan(10);
      if (placeholders(MESSAGES.en[code] ?? "").includes("segment")) expect(text).toContain("Add.x");
    }
    expect(onError).not.toHaveBeenCalled();
  });

  it.each(LOCALES.filter((l) => l !== "en"))(
    "%s keeps the placeholders of the English text and is translated",
    (locale) => {
      for (const code of SYMBOL_ERROR_CODES) {
        const message = MESSAGES[locale][code] ?? "";
        expect(placeholders(message), `${locale}.${code}`).toEqual(placeholders(MESSAGES.en[code] ?? ""));
        expect(message, `${locale}.${code}`).not.toBe(MESSAGES.en[code]);
      }
    },
  );

  it("isolates the Latin segment inside Arabic text so slashes and brackets are not reordered", () => {
    for (const code of SYMBOL_ERROR_CODES) {
      const message = MESSAGES.ar[code] ?? "";
      const bare = message.replaceAll("\u2068{segment}\u2069", "");
      expect(bare, code).not.toContain("{segment}");
    }
  });

  it("explains a real parse error in every language", () => {
    const result = parseSymbol("A/RES/70#1");
    if (result.ok) throw new Error("expected an error");
    for (const locale of LOCALES) {
      expect(translator(locale)(result.error.code, { segment: result.error.segment ?? "" })).toContain("#");
    }
  });
});
