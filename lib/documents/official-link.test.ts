import { describe, expect, it } from "vitest";
import { documentsUrlTemplate, officialDocumentUrl, versionLink } from "./official-link";

describe("official document links", () => {
  it("finds a version without a URL in the official document system by symbol and language", () => {
    expect(officialDocumentUrl("CTOC/COP/WG.4/2018/CRP.1", "fr", documentsUrlTemplate(undefined))).toBe(
      "https://undocs.org/fr/CTOC/COP/WG.4/2018/CRP.1",
    );
  });

  it("follows a deployment's own template and escapes each part of the symbol", () => {
    const template = documentsUrlTemplate("https://docs.example.org/{symbol}?lang={lang}");
    expect(officialDocumentUrl("A/RES/73/1 Rev", "ar", template)).toBe(
      "https://docs.example.org/A/RES/73/1%20Rev?lang=ar",
    );
  });

  it("ignores a setting that is not a web address with a place for the symbol", () => {
    expect(documentsUrlTemplate("javascript:alert(1)//{symbol}")).toBe("https://undocs.org/{lang}/{symbol}");
    expect(documentsUrlTemplate("https://example.org/")).toBe("https://undocs.org/{lang}/{symbol}");
  });

  it("keeps a registered URL, and gives no link at all where the reader may not have one", () => {
    expect(versionLink("A/1", { locale: "en", url: "https://x.org/a.pdf" }, false)).toEqual({
      locale: "en",
      url: "https://x.org/a.pdf",
      official: false,
    });
    expect(versionLink("A/1", { locale: "en", url: null }, false).official).toBe(true);
    expect(versionLink("A/1", { locale: "en", url: "https://x.org/a.pdf" }, true).url).toBeNull();
  });
});
