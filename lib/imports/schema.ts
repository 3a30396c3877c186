import { z } from "zod";
import { LOCALES } from "../i18n/locales";
import { newBodySchema, optionalSymbolSchema, sessionFieldsSchema } from "../sessions/schema";
import { parseSymbol } from "../documents/symbol";
import { ANNOTATION_MAX, TITLE_MAX } from "../agenda/schema";
import { MAX_DEPTH } from "../agenda/reorder";

/** The reviewed import, as the secretariat confirms it: validated again on the server before anything is written. */

const symbolSchema = z.string().trim().min(1, { error: "required" }).transform((value, ctx) => {
  const parsed = parseSymbol(value);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: "invalidSymbol" });
    return z.NEVER;
  }
  return parsed.value.symbol;
});

export const draftDocumentSchema = z.object({
  symbol: symbolSchema,
  kind: z.enum(["PROVISIONAL_AGENDA", "BACKGROUND_PAPER", "CONFERENCE_ROOM_PAPER", "NOTE_BY_SECRETARIAT", "REPORT", "OTHER"]),
  title: z.string().trim().max(1000, { error: "tooLong" }),
  description: z.string().trim().max(2000, { error: "tooLong" }),
  issuedBy: z.string().trim().max(300, { error: "tooLong" }),
});

export interface DraftItemInput {
  key: string;
  title: string;
  annotation: string;
  documents: z.input<typeof draftDocumentSchema>[];
  children: DraftItemInput[];
}

const draftItemSchema: z.ZodType<DraftItem, DraftItemInput> = z.lazy(() =>
  z.object({
    key: z.string().min(1).max(40),
    // The same limits as the agenda editor, so every imported item can be edited and saved again.
    title: z.string().trim().min(1, { error: "required" }).max(TITLE_MAX, { error: "tooLong" }),
    annotation: z.string().max(ANNOTATION_MAX, { error: "tooLong" }),
    documents: z.array(draftDocumentSchema).max(50),
    children: z.array(draftItemSchema).max(60),
  }),
);

export interface DraftItem {
  key: string;
  title: string;
  annotation: string;
  documents: z.output<typeof draftDocumentSchema>[];
  children: DraftItem[];
}

export const draftSlotSchema = z.object({
  date: z.iso.date({ error: "invalidDate" }),
  startMinutes: z.number().int().min(0).max(1439),
  endMinutes: z.number().int().min(1).max(1440),
  itemKeys: z.array(z.string()).max(60),
});

export const importDraftSchema = z.object({
  language: z.enum(LOCALES),
  body: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("existing"), bodyId: z.string().min(1, { error: "required" }) }),
    z.object({ kind: z.literal("new"), body: newBodySchema }),
  ]),
  session: sessionFieldsSchema,
  documentTitle: z.string().trim().max(300, { error: "tooLong" }),
  items: z
    .array(draftItemSchema)
    .min(1, { error: "required" })
    .max(60)
    .refine((items) => depth(items) <= MAX_DEPTH + 1, { error: "tooDeep" }),
  slots: z.array(draftSlotSchema).max(200),
});

// The review screen edits the body with the same picker as the session form, which always carries a parent ("" = none).
type BodyInput = { kind: "existing"; bodyId: string } | { kind: "new"; body: { name: string; symbolPrefix: string; parentId: string; sessionTerm: "SESSION" | "MEETING" } };
function depth(items: DraftItem[]): number {
  return items.reduce((deepest, item) => Math.max(deepest, 1 + depth(item.children)), 0);
}

export type ImportDraftInput = Omit<z.input<typeof importDraftSchema>, "body"> & { body: BodyInput };
export type ImportDraft = z.output<typeof importDraftSchema>;

export const previewSchema = z.object({
  // A generous limit: the importer itself reads the first megabyte and says so.
  text: z.string().max(6_000_000, { error: "tooLong" }),
});

export { optionalSymbolSchema };
