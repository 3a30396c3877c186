import { describe, expect, it } from "vitest";
import { malformedActionBody, needsActionBodyCheck, unsupportedMethod } from "./action-body";

const action = (type?: string) => new Headers({ "next-action": "7f00", ...(type ? { "content-type": type } : {}) });

describe("server-action bodies Next.js would fail on with a 500", () => {
  it("lets through what Plenary's forms send: plain objects, escaped strings, dates, undefined, numbers", () => {
    for (const body of [
      '[{"title":"Opening","version":3,"base":{"title":"Opening"}}]',
      '[{"note":"$$5 per delegate"}]',
      '[{"startDate":"$D2018-07-02T00:00:00.000Z","annex":"$undefined","n":"$n12"}]',
      "[]",
      // The same list in the form and in what it was loaded with: React writes it once and refers to it.
      '[{"session":{"languages":["ar","zh"]},"base":{"languages":"$0:0:session:languages"}}]',
    ]) {
      expect(malformedActionBody(body), body).toBeNull();
    }
  });

  it("refuses bodies that are not JSON, not a list of arguments, or refer to parts never sent", () => {
    for (const body of [
      "not json",
      "",
      "[",
      "{}",
      '"$2"',
      '[{"a":"$2"}]',
      '["$Q9"]',
      '["$@1"]',
      '["$K1"]',
      '[{"a":{"b":["$T"]}}]',
    ]) {
      expect(malformedActionBody(body), body).toEqual({ status: 400, reason: expect.any(String) });
    }
    const deep = `${"[".repeat(100)}${"]".repeat(100)}`;
    expect(malformedActionBody(deep)).not.toBeNull();
  });

  it("reads only text bodies of action posts; multipart forms and other requests pass untouched", () => {
    expect(needsActionBodyCheck("POST", action("text/plain;charset=UTF-8"))).toBe(true);
    expect(needsActionBodyCheck("POST", action())).toBe(true);
    expect(needsActionBodyCheck("POST", action("multipart/form-data; boundary=x"))).toBe(false);
    expect(needsActionBodyCheck("GET", action("text/plain"))).toBe(false);
    expect(needsActionBodyCheck("POST", new Headers({ "content-type": "text/plain" }))).toBe(false);
  });
});

describe("methods", () => {
  it("answers 405 to methods no page or route handles, such as TRACE", () => {
    for (const method of ["GET", "HEAD", "POST", "OPTIONS"]) expect(unsupportedMethod(method)).toBeNull();
    for (const method of ["TRACE", "PUT", "DELETE", "PATCH", "CONNECT", "PROPFIND"])
      expect(unsupportedMethod(method)?.status).toBe(405);
  });
});
