import { z } from "zod";
import { DEFAULT_LOCALE, LOCALES } from "../i18n/locales";
import { MAX_YEAR, MIN_YEAR } from "../validation/dates";
import { SessionStatus } from "./schemas";

/**
 * The query parameters of the API, as zod schemas: requests are read with them and the OpenAPI document describes
 * them from the same objects. A parameter that does not fit is a 400 with the reason, never a guess.
 */

export const MAX_PAGE_SIZE = 100;

export const langParam = z
  .enum(LOCALES)
  .default(DEFAULT_LOCALE)
  .describe("Language of the texts. A text missing in it is given in the original language (then English, then any).");

export const sessionQuery = z.object({
  lang: langParam,
  body: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe("Only the sessions of the body with this symbol prefix, e.g. CTOC/COP/WG.4."),
  year: z.coerce
    .number()
    .int()
    .min(MIN_YEAR)
    .max(MAX_YEAR)
    .optional()
    .describe("Only sessions held (partly) in this year."),
  status: SessionStatus.optional().describe("Only sessions with this status."),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1).describe("Page number, from 1."),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20).describe("Sessions per page, at most 100."),
});

export const langQuery = z.object({ lang: langParam });

export type SessionQuery = z.infer<typeof sessionQuery>;

/** The search parameters of a request, one value per name (the first), read with a schema. */
export function readQuery<S extends z.ZodType>(
  schema: S,
  params: URLSearchParams,
): { ok: true; value: z.infer<S> } | { ok: false; message: string } {
  const raw: Record<string, string> = {};
  for (const [key, value] of params) if (!(key in raw)) raw[key] = value;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, message: `${issue?.path.join(".") || "query"}: ${issue?.message ?? "invalid"}` };
}
