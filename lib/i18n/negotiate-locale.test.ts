import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate-locale";

describe("negotiateLocale", () => {
  it("picks the preferred official language by its primary subtag", () => {
    expect(negotiateLocale("zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh");
    expect(negotiateLocale("ar-EG")).toBe("ar");
    expect(negotiateLocale("fr-CH, fr;q=0.9, en;q=0.8")).toBe("fr");
  });

  it("honours weights, not the order of the header", () => {
    expect(negotiateLocale("en;q=0.5, ru;q=0.9")).toBe("ru");
  });

  it("skips languages Plenary does not offer and falls back to English", () => {
    expect(negotiateLocale("de-DE,de;q=0.9,es;q=0.4")).toBe("es");
    expect(negotiateLocale("de-DE,ja;q=0.9")).toBe("en");
    expect(negotiateLocale("")).toBe("en");
    expect(negotiateLocale(null)).toBe("en");
    expect(negotiateLocale("zh;q=0")).toBe("en");
  });
});
