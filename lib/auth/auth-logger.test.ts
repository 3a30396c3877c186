import { AccessDenied, CallbackRouteError, CredentialsSignin } from "@auth/core/errors";
import { describe, expect, it, vi } from "vitest";
import { logAuthError } from "./auth-logger";

describe("logAuthError", () => {
  it("logs a refused sign-in as one line, without a stack trace", () => {
    for (const error of [new CredentialsSignin(), new AccessDenied("not a Plenary account")]) {
      const write = vi.fn();
      logAuthError(error, write);
      expect(write).toHaveBeenCalledTimes(1);
      const printed = write.mock.calls[0]?.join(" ") ?? "";
      expect(printed).toMatch(/^\[auth\] sign-in refused \((CredentialsSignin|AccessDenied)\)$/);
      expect(printed).not.toContain("\n");
    }
  });

  it("keeps the stack of the underlying fault for anything else", () => {
    const fault = new Error("connection refused");
    const write = vi.fn();
    logAuthError(new CallbackRouteError("the authorize callback failed", { cause: { err: fault } }), write);
    expect(write.mock.calls[0]?.[0]).toContain("CallbackRouteError");
    expect(write.mock.calls[0]?.[1]).toBe(fault.stack);
  });
});
