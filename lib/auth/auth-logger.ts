/**
 * next-auth's default logger prints a stack trace for every refused sign-in, which floods the server log with
 * what is an everyday event (a mistyped password, an SSO account without a Plenary account). A refusal is one
 * line; anything else is an actual fault and keeps its stack, since that is what one needs to fix it.
 */

// next-auth error types that mean "someone was told no", not "something broke".
const REFUSALS = new Set(["CredentialsSignin", "AccessDenied"]);

type Write = (...parts: unknown[]) => void;

export function logAuthError(error: Error, write: Write = console.error): void {
  const type = "type" in error && typeof error.type === "string" ? error.type : error.name;
  if (REFUSALS.has(type)) {
    write(`[auth] sign-in refused (${type})`);
    return;
  }
  // next-auth wraps the original failure as cause.err; its stack is the useful one.
  const cause = error.cause && typeof error.cause === "object" && "err" in error.cause ? error.cause.err : undefined;
  write(`[auth][error] ${type}: ${error.message}`, cause instanceof Error ? cause.stack : error.stack);
}
