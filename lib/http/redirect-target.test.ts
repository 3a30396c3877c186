import { describe, expect, it } from "vitest";
import { safeRedirectPath, sameOriginPath } from "./redirect-target";

describe("where to go after signing in", () => {
  it("keeps a path on this site", () => {
    expect(safeRedirectPath("/en/admin")).toBe("/en/admin");
    expect(safeRedirectPath("/en/admin/sessions/abc/history?page=2#top")).toBe(
      "/en/admin/sessions/abc/history?page=2#top",
    );
  });

  it("writes non-Latin paths in plain ASCII, which a Location header can carry", () => {
    expect(safeRedirectPath("/zh/admin/会议")).toBe("/zh/admin/%E4%BC%9A%E8%AE%AE");
    expect(safeRedirectPath("/ar/admin?q=جلسة")).toBe("/ar/admin?q=%D8%AC%D9%84%D8%B3%D8%A9");
  });

  it("refuses other hosts, schemes, controls and what the parser would quietly rewrite", () => {
    for (const next of [
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "/\n/evil.example",
      "/en/admin\r\nSet-Cookie: a=b",
      "/en/ad\tmin",
      "/.//evil.example",
      "javascript:alert(1)",
      "en/admin",
      "",
      "/\u0000",
      "/" + "a".repeat(2001),
      undefined,
      42,
    ]) {
      expect(safeRedirectPath(next), JSON.stringify(next)).toBeNull();
    }
  });

  it("reduces a full address on one of our origins to its path, and drops the rest", () => {
    const origins = ["http://localhost:3000", "https://plenary.example.org"];
    expect(sameOriginPath("https://plenary.example.org/fr/admin", origins)).toBe("/fr/admin");
    expect(sameOriginPath("/fr", origins)).toBe("/fr");
    expect(sameOriginPath("http://localhost:3941.evil.example/", origins)).toBeNull();
    expect(sameOriginPath("https://evil.example/fr", origins)).toBeNull();
  });
});
