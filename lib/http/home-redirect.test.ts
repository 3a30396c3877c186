import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET } from "../../app/route";

describe("the home page", () => {
  it("redirects to the reader's language with a relative address, whatever host the server thinks it has", () => {
    // Behind a proxy the server sees http://localhost:3931; the browser asked for plenary.example.org.
    const request = new NextRequest("http://localhost:3931/", {
      headers: { host: "plenary.example.org", "accept-language": "fr-CH, fr;q=0.9, en;q=0.8" },
    });
    const response = GET(request);
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("/fr");
    expect(response.headers.get("vary")).toContain("Accept-Language");
  });

  it("prefers the language the reader chose with the switcher, and ignores a cookie that names none of the six", () => {
    const chosen = new NextRequest("http://localhost:3931/", {
      headers: { "accept-language": "fr", cookie: "NEXT_LOCALE=ar" },
    });
    expect(GET(chosen).headers.get("location")).toBe("/ar");
    expect(GET(chosen).headers.get("vary")).toContain("Cookie");
    const bogus = new NextRequest("http://localhost:3931/", {
      headers: { "accept-language": "fr", cookie: "NEXT_LOCALE=de" },
    });
    expect(GET(bogus).headers.get("location")).toBe("/fr");
  });
});
