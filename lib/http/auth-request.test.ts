import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { withSafeCallback } from "./auth-request";

const BASE = "http://localhost:3000/api/auth";

describe("callback addresses reaching Auth.js", () => {
  it("leaves an ordinary request as it is", async () => {
    const request = new NextRequest(`${BASE}/session`, {
      headers: { cookie: "authjs.callback-url=http%3A%2F%2Flocalhost%3A3000%2Fen" },
    });
    expect(await withSafeCallback(request)).toBe(request);
  });

  it("drops a ?callbackUrl= no URL parser reads", async () => {
    const safe = await withSafeCallback(
      new NextRequest(`${BASE}/signout?callbackUrl=http://localhost:3941.evil.example/`),
    );
    expect(new URL(safe.url).searchParams.has("callbackUrl")).toBe(false);
  });

  it("drops an unreadable callback cookie and keeps the others", async () => {
    const safe = await withSafeCallback(
      new NextRequest(`${BASE}/session`, {
        headers: { cookie: "a=1; authjs.callback-url=http%3A%2F%2Flocalhost%3A3941.evil.example%2F; b=2" },
      }),
    );
    expect(safe.headers.get("cookie")).toBe("a=1; b=2");
  });

  it("tidies the callback address of a posted form, keeping its other fields", async () => {
    const body = new URLSearchParams({ csrfToken: "t", callbackUrl: "http://localhost:3941.evil.example/" }).toString();
    const safe = await withSafeCallback(
      new NextRequest(`${BASE}/signout`, {
        method: "POST",
        body,
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }),
    );
    const form = new URLSearchParams(await safe.text());
    expect(form.get("csrfToken")).toBe("t");
    expect(form.has("callbackUrl")).toBe(false);
  });
});
