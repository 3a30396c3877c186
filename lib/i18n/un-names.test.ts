import { describe, expect, it } from "vitest";
import { languageName, LOCALES } from "./locales";
import { loadMessages } from "./messages";
import { unLanguageName, venueIn } from "./un-names";
import { pickVenue } from "./venue";

describe("UN names", () => {
  it("translates the venue when the session has only its own languages", () => {
    const vienna = { zh: "维也纳", en: "Vienna" };
    expect(venueIn(vienna, "fr")).toBe("Vienne");
    expect(venueIn(vienna, "es")).toBe("Viena");
    expect(venueIn(vienna, "ru")).toBe("Вена");
    expect(venueIn(vienna, "ar")).toBe("فيينا");
    expect(venueIn(vienna, "zh")).toBe("维也纳");
    expect(venueIn({ zh: "维也纳" }, "en")).toBe("Vienna");
    expect(venueIn({ en: "Geneva" }, "fr")).toBe("Genève");
  });

  it("keeps a venue it does not know, and a venue's own translation first", () => {
    expect(venueIn({ en: "Sharm el-Sheikh" }, "fr")).toBeNull();
    expect(venueIn({ en: "Vienna", fr: "Vienne (Autriche)" }, "fr")).toBe("Vienne (Autriche)");
  });

  it("names the languages in the reader's language", () => {
    expect(unLanguageName("en", "zh")).toBe("Chinese");
    expect(unLanguageName("fr", "en")).toBe("anglais");
    expect(unLanguageName("es", "fr")).toBe("francés");
    expect(unLanguageName("ru", "ar")).toBe("арабский");
    expect(unLanguageName("ar", "en")).toBe("الإنكليزية");
    expect(unLanguageName("zh", "fr")).toBe("法文");
    expect(languageName("zh", "ru")).toBe("俄文");
  });

  it("says '(continued)' in each language", async () => {
    const expected = {
      ar: "(تابع)",
      zh: "（续）",
      en: "(continued)",
      fr: "(suite)",
      ru: "(продолжение)",
      es: "(continuación)",
    };
    for (const locale of LOCALES) {
      const messages = (await loadMessages(locale)) as { schedule: { continued: string } };
      expect(messages.schedule.continued).toBe(expected[locale]);
    }
  });

  it("shows a reader the venue in their language where the UN names the city, else along the fallback chain", () => {
    expect(pickVenue({ zh: "维也纳", en: "Vienna" }, "fr", "zh")).toEqual({
      text: "Vienne",
      lang: "fr",
      isFallback: false,
    });
    expect(pickVenue({ en: "Vienna" }, "ar", "en")?.text).toBe("فيينا");
    expect(pickVenue({ en: "Vienna", fr: "Vienne (Autriche)" }, "fr", "en")?.text).toBe("Vienne (Autriche)");
    expect(pickVenue({ en: "Cartagena de Indias" }, "fr", "en")).toEqual({
      text: "Cartagena de Indias",
      lang: "en",
      isFallback: true,
    });
  });
});
