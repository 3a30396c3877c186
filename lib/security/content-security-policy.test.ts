import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, signInOriginsFrom } from "./content-security-policy";

const directive = (policy: string, name: string) =>
  policy.split("; ").find((d) => d.startsWith(`${name} `) || d === name);

describe("the Content-Security-Policy", () => {
  it("runs only scripts carrying this response's nonce, and never eval in production", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123" });
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(directive(policy, "script-src")).not.toContain("unsafe-inline");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
  });

  it("allows eval only for the development server, and upgrades insecure requests only over HTTPS", () => {
    expect(directive(contentSecurityPolicy({ nonce: "n", development: true }), "script-src")).toContain(
      "'unsafe-eval'",
    );
    expect(contentSecurityPolicy({ nonce: "n" })).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ nonce: "n", https: true })).toContain("upgrade-insecure-requests");
  });

  it("lets sign-in forms reach the single sign-on provider's origin and nothing else", () => {
    const origins = signInOriginsFrom("https://login.microsoftonline.com/0f1e2d3c/v2.0");
    expect(origins).toEqual(["https://login.microsoftonline.com"]);
    expect(directive(contentSecurityPolicy({ nonce: "n", signInOrigins: origins }), "form-action")).toBe(
      "form-action 'self' https://login.microsoftonline.com",
    );
    expect(signInOriginsFrom("http://insecure.example/")).toEqual([]);
    expect(signInOriginsFrom("not a url")).toEqual([]);
  });

  it("gives every response a different nonce", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
