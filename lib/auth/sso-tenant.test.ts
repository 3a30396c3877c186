import { describe, expect, it } from "vitest";
import { entraTenant } from "./sso-tenant";

describe("entraTenant", () => {
  it("reads the organisation's tenant from its issuer", () => {
    expect(entraTenant("https://login.microsoftonline.com/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0/v2.0")).toBe(
      "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0",
    );
  });

  it("keeps single sign-on off for multi-tenant, missing or foreign issuers", () => {
    expect(entraTenant("https://login.microsoftonline.com/common/v2.0")).toBeNull();
    expect(entraTenant("https://login.microsoftonline.com/organizations/v2.0")).toBeNull();
    expect(entraTenant(undefined)).toBeNull();
    expect(entraTenant("https://evil.example/0f1e2d3c/v2.0")).toBeNull();
  });
});
