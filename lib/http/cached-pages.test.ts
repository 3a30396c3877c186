import { describe, expect, it } from "vitest";
import { isCachedPage } from "./cached-pages";

describe("which pages are served from the page cache", () => {
  it("is the sessions list and the session page in every language", () => {
    for (const path of [
      "/zh",
      "/ar/",
      "/en/sessions/ctoc-cop-wg4-2018",
      "/fr/sessions/x/",
      "/ru/years/2018",
      "/zh/journal/2018-07-02",
    ])
      expect(isCachedPage(path)).toBe(true);
  });

  it("is not the workspace, the console, sign-in or an unknown language", () => {
    for (const path of [
      "/en/admin",
      "/en/sessions/x/console",
      "/en/console",
      "/en/sign-in",
      "/en/journal",
      "/en/documents",
      "/de",
      "/",
      "/api/viewer",
    ])
      expect(isCachedPage(path)).toBe(false);
  });
});
