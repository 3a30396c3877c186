import "server-only";
import { updateTag } from "next/cache";
import { collectWrittenChanges } from "../audit/written-changes";
import { expirePagesOf } from "../cache/page-cache";
import { pageTagsOf } from "../cache/page-tags";
import type { z } from "zod";
import { requireRole } from "../auth/current-user";
import type { Actor, Role } from "../auth/types";
import { isTransientDbError } from "../db-errors";
import { AppError, isAppError } from "../errors";
import type { ActionResult } from "./result";
import { registerAction } from "./registry";

interface ActionSpec<S extends z.ZodType, R> {
  /** Unique name, used by the authorisation matrix and the logs. */
  name: string;
  roles: readonly Role[];
  schema: S;
  /**
   * Whether this actor may act on this record (e.g. a chair only on the sessions they chair), checked after
   * validation, as it needs the input. Throws AppError("forbidden") to refuse.
   */
  authorize?: (input: z.output<S>, actor: Actor) => Promise<void>;
  run: (input: z.output<S>, actor: Actor) => Promise<R>;
  /** Actions that only read (previews) do not make pages re-render. */
  readOnly?: boolean;
}

/**
 * Zod issues become field paths with message keys; schemas give their keys as `error` strings. A text that is
 * too long carries its limit ("tooLong:500"), so the form can say how long it may be.
 */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "_form";
    const key = /^[a-zA-Z][\w-]*$/.test(issue.message) ? issue.message : "invalid";
    fields[path] ??= key === "tooLong" ? withLimit(key, textLimit(issue)) : key;
  }
  return fields;
}

/** The character limit of a string's `.max()`, or one a custom check gave as `params.max`. */
function textLimit(issue: z.core.$ZodIssue): number | undefined {
  if (issue.code === "too_big" && issue.origin === "string") return Number(issue.maximum);
  if (issue.code === "custom" && typeof issue.params?.max === "number") return issue.params.max;
  return undefined;
}

function withLimit(key: string, max: number | undefined): string {
  return max !== undefined && Number.isSafeInteger(max) ? `${key}:${max}` : key;
}

/**
 * A server action that always authorises (role read from the database), then validates, then checks the
 * record-level `authorize` if given, then runs, then revalidates. Expected failures come back as an ActionResult; anything unexpected is logged and reported
 * as "internal".
 */
export function defineAction<S extends z.ZodType, R>(spec: ActionSpec<S, R>) {
  async function action(input: unknown): Promise<ActionResult<R>> {
    try {
      const actor = await requireRole(spec.roles);
      const parsed = spec.schema.safeParse(input);
      if (!parsed.success) return { ok: false, error: { code: "validation", fields: fieldErrors(parsed.error) } };
      await spec.authorize?.(parsed.data, actor);
      const { result: data, changes } = await collectWrittenChanges(() => spec.run(parsed.data, actor));
      if (!spec.readOnly) {
        // The cached public pages showing what changed, here at once (other instances hear it over NOTIFY).
        expirePagesOf(changes);
        // updateTag also makes this response carry the acting page rendered again, with what it wrote.
        for (const tag of pageTagsOf(changes)) updateTag(tag);
      }
      return { ok: true, data };
    } catch (error) {
      if (isAppError(error))
        return { ok: false, error: { code: error.code, fields: error.fields, details: error.details } };
      if (isRedirectOrNotFound(error)) throw error;
      // An update guarded by { id, version } that finds no row lost a race with another save.
      if (isRecordNotFound(error)) return { ok: false, error: { code: "conflict" } };
      if (isTransientDbError(error)) return { ok: false, error: { code: "unavailable" } };
      console.error(`[action ${spec.name}]`, error);
      return { ok: false, error: { code: "internal" } };
    }
  }
  registerAction({ name: spec.name, roles: spec.roles, action });
  return action;
}

function isRecordNotFound(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2025";
}

// Next.js signals redirect() and notFound() by throwing; they must pass through untouched.
function isRedirectOrNotFound(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return (
    typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"))
  );
}

export { AppError };
