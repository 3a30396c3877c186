import { z } from "zod";

/**
 * The values an edit form was loaded with, sent beside the edited ones so that a save over someone else's change
 * can tell which fields this user actually changed (see merge.ts). Each field is read exactly like the form's own
 * field, so both compare alike; a field that does not read (old data the form would now refuse) is left out and
 * counts as unknown, which makes a differing value a conflict rather than a silent overwrite.
 */
export function formBaseSchema<S extends z.ZodRawShape>(fields: z.ZodObject<S>) {
  const lenient = Object.fromEntries(
    Object.entries(fields.shape).map(([name, field]) => [name, (field as z.ZodType).optional().catch(undefined)]),
  );
  return z.object(lenient) as unknown as z.ZodType<Partial<z.output<z.ZodObject<S>>>, Partial<z.input<z.ZodObject<S>>>>;
}
