import { describe, expect, it } from "vitest";
import {
  allowedActionOrigins,
  crossOriginAction,
  isUnreadableCallbackCookie,
  malformedRouterState,
  publicOrigins,
  saferCallbackSearch,
  undecodablePath,
} from "./request-guards";

describe("requests Next.js would fail on with a 500", () => {
  it("refuses a path that cannot be decoded", () => {
    expect(undecodablePath("/en/sessions/%E0%A4%A")).toEqual({ status: 400, reason: expect.any(String) });
    expect(undecodablePath("/en/sessions/%ED%A0%80")?.status).toBe(400);
    expect(undecodablePath("/zh/sessions/%E4%BC%9A")).toBeNull();
  });

  it("refuses a router state header that Next.js cannot read, and only such a one", () => {
    for (const state of ["garbage", "%", "[]", "[1]", "{}", "null", "x".repeat(40_001)]) {
      expect(malformedRouterState(new Headers({ "next-router-state-tree": state }))?.status, state).toBe(400);
    }
    expect(
      malformedRouterState(
        new Headers({ "next-router-state-tree": encodeURIComponent('["",{"children":["en",{}]}]') }),
      ),
    ).toBeNull();
    expect(malformedRouterState(new Headers())).toBeNull();
  });

  it("answers a cross-site server action with 403, and an Origin that is no address with 400", () => {
    const post = (headers: Record<string, string>) =>
      crossOriginAction(
        "POST",
        "/en/admin",
        new Headers({ host: "plenary.example.org", "next-action": "7f00", ...headers }),
      );
    expect(post({ origin: "https://evil.example" })?.status).toBe(403);
    expect(post({ origin: "null" })?.status).toBe(403);
    expect(post({ origin: "garbage" })?.status).toBe(400);
    expect(post({ origin: "https://plenary.example.org" })).toBeNull();
    expect(post({})).toBeNull();
    // Behind a proxy: the forwarded host is the one the browser saw.
    expect(post({ origin: "https://public.example", "x-forwarded-host": "public.example" })).toBeNull();
    expect(
      crossOriginAction(
        "POST",
        "/en/admin",
        new Headers({ host: "a", origin: "https://b.example", "next-action": "1" }),
        allowedActionOrigins(" b.example , "),
      ),
    ).toBeNull();
    // Forms posted cross-site are server actions too; reads and the sign-in endpoints are left alone.
    expect(
      crossOriginAction(
        "POST",
        "/en",
        new Headers({ host: "a", origin: "https://b", "content-type": "multipart/form-data; boundary=x" }),
      )?.status,
    ).toBe(403);
    expect(
      crossOriginAction("GET", "/en", new Headers({ host: "a", origin: "https://b", "next-action": "1" })),
    ).toBeNull();
    expect(
      crossOriginAction(
        "POST",
        "/api/auth/callback/credentials",
        new Headers({ host: "a", origin: "https://b", "content-type": "application/x-www-form-urlencoded" }),
      ),
    ).toBeNull();
  });
});

describe("callback addresses for the sign-in endpoints", () => {
  const origins = publicOrigins(
    "http://localhost:3000/api/auth/signout",
    new Headers({ "x-forwarded-host": "plenary.example.org" }),
    undefined,
  );

  it("knows the origin the server sees and the one the proxy forwarded", () => {
    expect(origins).toEqual(["http://localhost:3000", "https://plenary.example.org"]);
  });

  it("drops an address no parser reads, and keeps a path on this site", () => {
    expect(saferCallbackSearch("?callbackUrl=http%3A%2F%2Flocalhost%3A3941.evil.example%2F", origins)).toBe("");
    expect(saferCallbackSearch("?callbackUrl=https%3A%2F%2Fplenary.example.org%2Fen&x=1", origins)).toBe(
      "?x=1&callbackUrl=%2Fen",
    );
    expect(saferCallbackSearch("?callbackUrl=%2Fen%2Fadmin", origins)).toBeNull();
    expect(saferCallbackSearch("?other=1", origins)).toBeNull();
  });

  it("recognises a callback cookie Auth.js cannot read", () => {
    expect(isUnreadableCallbackCookie("http://localhost:3941.evil.example/")).toBe(true);
    expect(isUnreadableCallbackCookie("http://localhost:3000/en\n")).toBe(true);
    expect(isUnreadableCallbackCookie("http://localhost:3000/en/admin")).toBe(false);
    expect(isUnreadableCallbackCookie("/en/admin")).toBe(false);
  });
});
