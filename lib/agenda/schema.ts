import { z } from "zod";

/** Shared by the agenda editor and its server actions. Error strings are keys of the "errors.fields" messages. */

export const TITLE_MAX = 500;
export const ANNOTATION_MAX = 20_000;

const id = z.string().trim().min(1).max(40);
const version = z.number().int().min(1);
const title = z.string().trim().min(1, { error: "required" }).max(TITLE_MAX, { error: "tooLong" });
const annotation = z.string().trim().max(ANNOTATION_MAX, { error: "tooLong" }).default("");
const parentId = id.nullable().optional().transform((value) => value ?? null);

/** Title and annotation are written in the session's original language; the other languages are kept. */
export const createItemSchema = z.object({ sessionId: id, parentId, title, annotation });

export const updateItemSchema = z.object({ id, version, title, annotation });

export const deleteItemSchema = z.object({ id, version });

/** `position` is the 1-based place among the new siblings, the moved item not counted. */
export const moveItemSchema = z.object({ id, version, parentId, position: z.number().int().min(1).max(10_000) });

export type CreateItemInput = z.output<typeof createItemSchema>;
export type UpdateItemInput = z.output<typeof updateItemSchema>;
export type MoveItemInput = z.output<typeof moveItemSchema>;
