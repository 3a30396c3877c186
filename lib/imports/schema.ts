import { z } from "zod";
import { LOCALES } from "../i18n/locales";
import { newBodySchema, optionalSymbolSchema, sessionFieldsSchema } from "../sessions/schema";
import { parseSymbol } from "../documents/symbol";
import { ANNOTATION_MAX, TITLE_MAX } from "../agenda/schema";
import { MAX_DEPTH } from "../agenda/reorder";
import { isoDateSchema } from "../validation/dates";
import { idSchema, requiredText, safeString, safeText } from "../validation/text";

/** The reviewed import, as the secretariat confirms it: validated again on the server before anything is written. */

const symbolSchema = requiredText(1000).transform((value, ctx) => {
  const parsed = parseSymbol(value);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: "invalidSymbol" });
    return z.NEVER;
  }
  return parsed.value.symbol;
});

/** Items per level of the draft. */
const MAX_ITEMS = 60;

export const draftDocumentSchema = z.object({
  symbol: symbolSchema,
  kind: z.enum([
    "PROVISIONAL_AGENDA",
    "BACKGROUND_PAPER",
    "CONFERENCE_ROOM_PAPER",
    "NOTE_BY_SECRETARIAT",
    "REPORT",
    "OTHER",
  ]),
  title: safeText(1000),
  description: safeText(2000),
  issuedBy: safeText(300),
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
    key: safeString(40).min(1, { error: "required" }),
    // The same limits as the agenda editor, so every imported item can be edited and saved again.
    title: requiredText(TITLE_MAX),
    annotation: safeString(ANNOTATION_MAX),
    documents: z.array(draftDocumentSchema).max(50),
    children: z.array(draftItemSchema).max(MAX_ITEMS),
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
  date: isoDateSchema,
  startMinutes: z.number().int().min(0).max(1439),
  endMinutes: z.number().int().min(1).max(1440),
  itemKeys: z.array(safeString(40)).max(60),
});

export const importDraftSchema = z.object({
  language: z.enum(LOCALES),
  body: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("existing"), bodyId: idSchema }),
    z.object({ kind: z.literal("new"), body: newBodySchema }),
  ]),
  session: sessionFieldsSchema,
  documentTitle: safeText(300),
  items: refusingDeepNesting(z.array(draftItemSchema).min(1, { error: "required" }).max(MAX_ITEMS)),
  slots: z.array(draftSlotSchema).max(200),
});

// The review screen edits the body with the same picker as the session form, which always carries a parent ("" = none).
type BodyInput =
  | { kind: "existing"; bodyId: string }
  | { kind: "new"; body: { name: string; symbolPrefix: string; parentId: string; sessionTerm: "SESSION" | "MEETING" } };
/**
 * What is wrong with the shape of the raw items, read level by level without recursion, so that a draft
 * nested a thousand levels deep (or wide enough to make the walk costly) is refused before the recursive
 * schema walks into it: "tooDeep" past `maxDepth` levels, "tooLong" for a list longer than `maxWidth`.
 */
export function draftShapeProblem(value: unknown, maxDepth: number, maxWidth: number): "tooDeep" | "tooLong" | null {
  let level: unknown[] = Array.isArray(value) ? value : [];
  for (let depth = 1; level.length > 0; depth++) {
    if (depth > maxDepth) return "tooDeep";
    const next: unknown[] = [];
    for (const item of level) {
      const children = item && typeof item === "object" ? (item as { children?: unknown }).children : undefined;
      if (!Array.isArray(children)) continue;
      if (children.length > maxWidth) return "tooLong";
      for (const child of children) next.push(child);
    }
    level = next;
  }
  return null;
}

function refusingDeepNesting<T extends z.ZodType>(items: T): z.ZodType<z.output<T>, z.input<T>> {
  const guarded = z
    .unknown()
    .superRefine((value, ctx) => {
      const problem =
        Array.isArray(value) && value.length > MAX_ITEMS
          ? "tooLong"
          : draftShapeProblem(value, MAX_DEPTH + 1, MAX_ITEMS);
      if (problem) ctx.addIssue({ code: "custom", message: problem, abort: true });
    })
    .pipe(items);
  return guarded as unknown as z.ZodType<z.output<T>, z.input<T>>;
}

export type ImportDraftInput = Omit<z.input<typeof importDraftSchema>, "body"> & { body: BodyInput };
export type ImportDraft = z.output<typeof importDraftSchema>;

export const previewSchema = z.object({
  // A generous limit: the importer itself reads the first megabyte and says so.
  text: z.string().max(6_000_000, { error: "tooLong" }),
});

export { optionalSymbolSchema };
