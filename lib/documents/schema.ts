import { z } from "zod";
import { LOCALES } from "../i18n/locales";
import { formBaseSchema } from "../edit-conflicts/form-base";
import { optionalIsoDateSchema } from "../validation/dates";
import { TEXT_LIMITS } from "../validation/limits";
import { idSchema, requiredText, safeText, versionSchema } from "../validation/text";
import { parseSymbol } from "./symbol";
import { DISTRIBUTIONS, DOCUMENT_KINDS } from "./types";

/**
 * Shared by the document forms and their server actions. Error strings are keys of the "errors.fields"
 * messages, except for the symbol, whose error is the parser's own code (a key of the "symbol" messages),
 * so that the form can say precisely what is wrong with it.
 */

const trimmed = safeText;
const required = requiredText;
const id = idSchema;

/** A UN symbol as typed ("ctoc/cop/wg.4/2030/ crp.1"), stored in its canonical form ("CTOC/COP/WG.4/2030/CRP.1"). */
export const documentSymbolSchema = z
  .string({ error: "empty" })
  .max(1000, { error: "too-long" })
  .transform((value, ctx) => {
    const parsed = parseSymbol(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.error.code });
      return z.NEVER;
    }
    return parsed.value.symbol;
  });

/**
 * A full https address with a dotted host. Controls and invisible formatting characters (bidirectional
 * overrides such as U+202E, zero-width spaces) are refused rather than quietly percent-encoded or dropped
 * by the URL parser: they could make the address a reader sees differ from the one the link opens. So is a
 * user part ("https://un.org@evil.example/…" opens evil.example).
 */
export function isHttpsUrl(value: string): boolean {
  if (/[\p{Cc}\p{Cf}\p{Cs}]/u.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.includes(".") && !url.username && !url.password;
  } catch {
    return false;
  }
}

// A language version can be announced before its link is known; a link given must be a full https address.
const versionUrl = trimmed(2000)
  .refine((value) => value === "" || isHttpsUrl(value), { error: "invalidUrl" })
  .transform((value) => value || null);

/** The language versions that exist, keyed by language: a missing key means no version in that language. */
export const versionsSchema = z.partialRecord(z.enum(LOCALES), z.object({ url: versionUrl }));

const optionalDate = optionalIsoDateSchema;

/** The fields of the add and edit forms; issuer, title and description are in the session's original language. */
export const documentFieldsSchema = z.object({
  symbol: documentSymbolSchema,
  kind: z.enum(DOCUMENT_KINDS, { error: "required" }),
  issuedBy: trimmed(300),
  issuedOn: optionalDate,
  distribution: z.enum(DISTRIBUTIONS, { error: "required" }),
  title: required(TEXT_LIMITS.documentTitle),
  description: trimmed(TEXT_LIMITS.documentDescription),
  versions: versionsSchema,
});

export const createDocumentSchema = z.object({ sessionId: id, document: documentFieldsSchema });

export const updateDocumentSchema = z.object({
  sessionId: id,
  id,
  version: versionSchema,
  document: documentFieldsSchema,
  /** What the form was loaded with: on a stale version, only the fields changed from it are written. */
  base: formBaseSchema(documentFieldsSchema).optional(),
});

export const deleteDocumentSchema = z.object({ sessionId: id, id, version: versionSchema });

export const attachDocumentSchema = z.object({
  documentId: id,
  itemIds: z.array(id).min(1, { error: "chooseItems" }).max(500, { error: "invalid" }),
});

export const detachDocumentSchema = z.object({ documentId: id, itemId: id });

export type DocumentFieldsInput = z.input<typeof documentFieldsSchema>;
export type DocumentFields = z.output<typeof documentFieldsSchema>;
