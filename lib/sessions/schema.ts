import { z } from "zod";
import { parseSymbol } from "../documents/symbol";
import { LOCALES } from "../i18n/locales";
import { isoDateSchema } from "../validation/dates";
import { TEXT_LIMITS } from "../validation/limits";
import { idSchema, requiredText, safeText, versionSchema } from "../validation/text";
import { formBaseSchema } from "../edit-conflicts/form-base";

/** Shared by the session forms and their server actions. Error strings are keys of the "errors.fields" messages. */

const trimmed = safeText;
const required = requiredText;
const isoDate = isoDateSchema;

export function isValidTimeZone(zone: string): boolean {
  // IANA names are short ASCII ("America/Argentina/Buenos_Aires"); anything else need not reach ICU.
  if (zone.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.includes("/") || zone === "UTC";
  } catch {
    return false;
  }
}

export const symbolPrefixSchema = required(60).refine((prefix) => parseSymbol(`${prefix}/1`).ok, {
  error: "invalidSymbol",
});

/** An optional UN symbol, stored in its canonical form ("ctoc/cop/wg.4/2018/ 1" → "CTOC/COP/WG.4/2018/1"). */
export const optionalSymbolSchema = trimmed(80).transform((value, ctx) => {
  if (!value) return null;
  const parsed = parseSymbol(value);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: "invalidSymbol" });
    return z.NEVER;
  }
  return parsed.value.symbol;
});

const ordinalSchema = z.coerce
  .number({ error: "positiveNumber" })
  .int({ error: "positiveNumber" })
  .min(1, { error: "positiveNumber" })
  .max(999, { error: "positiveNumber" });

export const newBodySchema = z.object({
  name: required(300),
  symbolPrefix: symbolPrefixSchema,
  parentId: z
    .union([z.literal(""), idSchema])
    .optional()
    .transform((v) => v || null),
  sessionTerm: z.enum(["SESSION", "MEETING"]),
});

export const sessionFieldsSchema = z
  .object({
    ordinal: ordinalSchema,
    title: required(TEXT_LIMITS.sessionTitle),
    venue: required(TEXT_LIMITS.venue),
    timeZone: z.string({ error: "invalidTimeZone" }).refine(isValidTimeZone, { error: "invalidTimeZone" }),
    startDate: isoDate,
    endDate: isoDate,
    originalLanguage: z.enum(LOCALES),
    plenaryMeetings: z.coerce
      .number({ error: "invalid" })
      .int({ error: "invalid" })
      .min(0, { error: "invalid" })
      .max(200, { error: "invalid" }),
    // Each of the six languages at most once, in the order given.
    interpretationLanguages: z
      .array(z.enum(LOCALES, { error: "invalid" }), { error: "invalid" })
      .max(LOCALES.length, { error: "invalid" })
      .default([])
      .transform((languages) => [...new Set(languages)]),
    agendaSymbol: optionalSymbolSchema,
    // The agenda document's title ("Provisional agenda and annotations"): empty removes it, absent keeps it.
    documentTitle: trimmed(TEXT_LIMITS.agendaDocumentTitle).optional(),
  })
  .refine((s) => s.endDate >= s.startDate, { path: ["endDate"], error: "endBeforeStart" });

export const createSessionSchema = z.object({
  body: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("existing"), bodyId: idSchema }),
    z.object({ kind: z.literal("new"), body: newBodySchema }),
  ]),
  session: sessionFieldsSchema,
});

export const updateSessionSchema = z.object({
  id: idSchema,
  version: versionSchema,
  session: sessionFieldsSchema,
  /** What the form was loaded with: on a stale version, only the fields changed from it are written. */
  base: formBaseSchema(sessionFieldsSchema).optional(),
});

export const sessionRefSchema = z.object({ id: idSchema, version: versionSchema });

export const duplicateSessionSchema = z.object({
  sourceId: idSchema,
  ordinal: ordinalSchema,
  startDate: isoDate,
});

export const publishSessionSchema = sessionRefSchema.extend({
  confirmedWarnings: z.boolean().default(false),
  // Why the secretariat publishes despite the warnings: required then, and kept in the session's history.
  overrideReason: trimmed(500).optional().default(""),
});

export type CreateSessionInput = z.input<typeof createSessionSchema>;
export type SessionFieldsInput = z.input<typeof sessionFieldsSchema>;
