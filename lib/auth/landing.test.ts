import { describe, expect, it } from "vitest";
import { landingPath, signInHref } from "./landing";

const land = (role: "SECRETARIAT" | "CHAIR" | "DELEGATE", chairedSlugs: string[] = [], requested?: unknown) =>
  landingPath({ locale: "fr", role, chairedSlugs, requested });

describe("where each role lands after signing in", () => {
  it("sends the secretariat to the workspace", () => {
    expect(land("SECRETARIAT")).toBe("/fr/admin");
  });

  it("sends the chair of one session straight to its console", () => {
    expect(land("CHAIR", ["wg-2031"])).toBe("/fr/sessions/wg-2031/console");
  });

  it("sends a chair of several sessions, or of none yet, to the list of their sessions", () => {
    expect(land("CHAIR", ["wg-2032", "wg-2031"])).toBe("/fr/console");
    expect(land("CHAIR", [])).toBe("/fr/console");
  });

  it("sends a delegate to the list of sessions", () => {
    expect(land("DELEGATE")).toBe("/fr");
  });

  it("brings anyone back to the page they started signing in from", () => {
    expect(land("DELEGATE", [], "/fr/sessions/wg-2031")).toBe("/fr/sessions/wg-2031");
    expect(land("CHAIR", ["wg-2031"], "/fr/sessions/wg-2031#item-3")).toBe("/fr/sessions/wg-2031#item-3");
    expect(land("SECRETARIAT", [], "/fr/admin/sessions/abc/agenda")).toBe("/fr/admin/sessions/abc/agenda");
  });

  it("does not send a chair or a delegate to a workspace page that would only refuse them", () => {
    expect(land("CHAIR", ["wg-2031"], "/fr/admin/sessions/abc")).toBe("/fr/sessions/wg-2031/console");
    expect(land("DELEGATE", [], "/en/admin")).toBe("/fr");
    // Only the workspace itself is refused, not a page whose name merely starts like it.
    expect(land("DELEGATE", [], "/fr/administration")).toBe("/fr/administration");
  });

  it("never sends anyone to another site or back to the sign-in page", () => {
    for (const requested of [
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "/.//evil.example",
      "javascript:alert(1)",
      "/fr/sign-in?next=/fr/admin",
      "",
      42,
      null,
    ]) {
      expect(land("SECRETARIAT", [], requested)).toBe("/fr/admin");
    }
  });

  it("keeps a slug that needs escaping inside the console's path", () => {
    expect(land("CHAIR", ["a/b?c"])).toBe("/fr/sessions/a%2Fb%3Fc/console");
  });
});

describe("the header's sign-in link", () => {
  it("carries the page it is on", () => {
    expect(signInHref("fr", "/fr/sessions/wg-2031")).toBe("/fr/sign-in?next=%2Ffr%2Fsessions%2Fwg-2031");
    expect(signInHref("fr", "/fr/sessions/wg-2031#item-2")).toBe(
      "/fr/sign-in?next=%2Ffr%2Fsessions%2Fwg-2031%23item-2",
    );
  });

  it("carries nothing from the home page or the sign-in page itself", () => {
    expect(signInHref("fr", "/fr")).toBe("/fr/sign-in");
    expect(signInHref("fr", "/fr/")).toBe("/fr/sign-in");
    expect(signInHref("fr", "/fr/sign-in?next=%2Ffr%2Fadmin")).toBe("/fr/sign-in");
  });

  it("never carries an address off this site", () => {
    expect(signInHref("fr", "//evil.example/x")).toBe("/fr/sign-in");
    expect(signInHref("fr", "https://evil.example/x")).toBe("/fr/sign-in");
    expect(signInHref("fr", null)).toBe("/fr/sign-in");
  });
});
