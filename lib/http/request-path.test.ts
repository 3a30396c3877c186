import { describe, expect, it } from "vitest";
import { pagePathOf } from "./request-path";

const at = (address: string) => pagePathOf(new URL(address, "http://127.0.0.1:3000"));

describe("the page a request is for", () => {
  it("is the path with its query", () => {
    expect(at("/fr/admin/sessions/abc/agenda")).toBe("/fr/admin/sessions/abc/agenda");
    expect(at("/fr/admin/sessions/abc/history?page=2")).toBe("/fr/admin/sessions/abc/history?page=2");
  });

  it("leaves out the client router's own parameter", () => {
    expect(at("/fr/admin?_rsc=1x2y")).toBe("/fr/admin");
    expect(at("/fr/admin/sessions/abc/history?page=2&_rsc=1x2y")).toBe("/fr/admin/sessions/abc/history?page=2");
  });

  it("keeps non-Latin paths as safe escaped ASCII", () => {
    expect(at("/zh/sessions/会议")).toBe("/zh/sessions/%E4%BC%9A%E8%AE%AE");
  });

  it("is nothing for a path a browser would read as another host", () => {
    expect(pagePathOf(new URL("http://127.0.0.1:3000//evil.example/x"))).toBeNull();
  });
});
