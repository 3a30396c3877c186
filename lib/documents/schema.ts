import { z } from "zod";
import { LOCALES } from "../i18n/locales";
import { parseSymbol } from "./symbol";
import { DISTRIBUTIONS, DOCUMENT_KINDS } from "./types";

/**
 * Shared by the document forms and their server actions. Error strings are keys of the "errors.fields"
 * messages, except for the symbol, whose error is the parser's own code (a key of the "symbol" messages),
 * so that the form can say precisely what is wrong with it.
 */

const trimmed = (max: number) => z.string().trim().max(max, { error: "tooLong" });
const required = (max: number) => trimmed(max).min(1, { error: "required" });
const id = z.string().min(1, { error: "required" }).max(40, { error: "invalid" });

/** A UN symbol as typed ("ctoc/cop/wg.4/2030/ crp.1"), stored in its canonical form ("CTOC/COP/WG.4/2030/CRP.1"). */
export const documentSymbolSchema = z.string().transform((value, ctx) => {
  const parsed = parseSymbol(value);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: parsed.error.code });
    return z.NEVER;
  }
  return parsed.value.symbol;
});

export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.includes(".");
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

const optionalDate = z
  .string()
  .trim()
  .refine((value) => value === "" || z.iso.date().safeParse(value).success, { error: "invalidDate" })
  .transform((value) => value || null);

/** The fields of the add and edit forms; issuer, title and description are in the session's original language. */
export const documentFieldsSchema = z.object({
  symbol: documentSymbolSchema,
  kind: z.enum(DOCUMENT_KINDS, { error: "required" }),
  issuedBy: trimmed(300),
  issuedOn: optionalDate,
  distribution: z.enum(DISTRIBUTIONS, { error: "required" }),
  title: required(1000),
  description: trimmed(2000),
  versions: versionsSchema,
});

export const createDocumentSchema = z.object({ sessionId: id, document: documentFieldsSchema });

export const updateDocumentSchema = z.object({
  sessionId: id,
  id,
  version: z.number().int().min(1),
  document: documentFieldsSchema,
});

export const deleteDocumentSchema = z.object({ sessionId: id, id, version: z.number().int().min(1) });

export const attachDocumentSchema = z.object({
  documentId: id,
  itemIds: z.array(id).min(1, { error: "chooseItems" }).max(500, { error: "invalid" }),
});

export const detachDocumentSchema = z.object({ documentId: id, itemId: id });

export type DocumentFieldsInput = z.input<typeof documentFieldsSchema>;
export type DocumentFields = z.output<typeof documentFieldsSchema>;
