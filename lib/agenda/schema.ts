import { z } from "zod";
import { formBaseSchema } from "../edit-conflicts/form-base";
import { TEXT_LIMITS } from "../validation/limits";
import { idSchema, requiredText, safeText, versionSchema } from "../validation/text";

/** Shared by the agenda editor and its server actions. Error strings are keys of the "errors.fields" messages. */

export const TITLE_MAX = TEXT_LIMITS.itemTitle;
export const ANNOTATION_MAX = TEXT_LIMITS.annotation;

const id = idSchema;
const version = versionSchema;
const title = requiredText(TITLE_MAX);
const annotation = safeText(ANNOTATION_MAX).default("");
const parentId = id
  .nullable()
  .optional()
  .transform((value) => value ?? null);

/** Title and annotation are written in the session's original language; the other languages are kept. */
export const createItemSchema = z.object({ sessionId: id, parentId, title, annotation });

const itemTextSchema = z.object({ title, annotation });
/** `base`: the title and annotation the editor opened with; on a stale version, only what changed from it is written. */
export const updateItemSchema = z.object({
  id,
  version,
  title,
  annotation,
  base: formBaseSchema(itemTextSchema).optional(),
});

export const deleteItemSchema = z.object({ id, version });

/** `position` is the 1-based place among the new siblings, the moved item not counted. */
export const moveItemSchema = z.object({ id, version, parentId, position: z.number().int().min(1).max(10_000) });

export type CreateItemInput = z.output<typeof createItemSchema>;
export type UpdateItemInput = z.output<typeof updateItemSchema>;
export type MoveItemInput = z.output<typeof moveItemSchema>;
