import { z } from "zod";

/**
 * Building blocks shared by every schema, so that input which passes validation also fits the database:
 * PostgreSQL refuses NUL in text and lone surrogates cannot be encoded in UTF-8, and both would otherwise
 * surface as an "internal" error instead of a message next to the field. Error strings are keys of the
 * "errors.fields" messages.
 */

// C0 controls other than tab, line feed and carriage return (pasted text keeps its line breaks), DEL,
// C1 controls, and UTF-16 halves without their partner (the `u` flag matches only unpaired ones).
const UNSAFE_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDFFF]/u;

export function isSafeText(value: string): boolean {
  return !UNSAFE_CHARACTER.test(value);
}

/** Any text, as typed (not trimmed): at most `max` characters, none that the database cannot store. */
export function safeString(max: number) {
  return z
    .string({ error: "invalid" })
    .max(max, { error: "tooLong" })
    .refine(isSafeText, { error: "invalidCharacters" });
}

/** Text from a form field, trimmed; may be empty. */
export function safeText(max: number) {
  return z
    .string({ error: "invalid" })
    .trim()
    .max(max, { error: "tooLong" })
    .refine(isSafeText, { error: "invalidCharacters" });
}

/** Text from a form field, trimmed, that must not be empty. */
export function requiredText(max: number) {
  return safeText(max).min(1, { error: "required" });
}

/** The id of a row: the database makes them (cuid), so anything else cannot name a row and is refused. */
export const idSchema = z
  .string({ error: "required" })
  .min(1, { error: "required" })
  .max(40, { error: "invalid" })
  .regex(/^[A-Za-z0-9_-]+$/, { error: "invalid" });

/** The optimistic-locking version of a row: a PostgreSQL integer, so at most 2³¹ − 1. */
export const versionSchema = z
  .number({ error: "invalid" })
  .int({ error: "invalid" })
  .min(1, { error: "invalid" })
  .max(2_147_483_647, { error: "invalid" });

/** True for a string that can be used as a row id (route parameters, query strings). */
export function isId(value: unknown): value is string {
  return idSchema.safeParse(value).success;
}
