/**
 * The failures a user can be told about. Each code has a translated sentence in the "errors" messages;
 * database and library messages never reach the page.
 */
export const APP_ERROR_CODES = [
  "unauthenticated",
  "forbidden",
  "not-found",
  "validation",
  "conflict",
  "duplicate",
  "invalid-state",
  "unavailable",
  "internal",
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** Safe, serialisable details for the page (e.g. the current values in a conflict). */
  readonly details?: Record<string, unknown>;
  /** Field path → message key, for errors that belong next to a form field. */
  readonly fields?: Record<string, string>;

  constructor(
    code: AppErrorCode,
    options: { details?: Record<string, unknown>; fields?: Record<string, string> } = {},
  ) {
    super(code);
    this.name = "AppError";
    this.code = code;
    this.details = options.details;
    this.fields = options.fields;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
