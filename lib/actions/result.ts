import type { AppErrorCode } from "../errors";

/** What every server action returns: plain data the page can show, never an exception or a stack. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: {
        code: AppErrorCode;
        /** Field path ("title.en") → message key in the "fieldErrors" messages. */
        fields?: Record<string, string>;
        details?: Record<string, unknown>;
      };
    };
