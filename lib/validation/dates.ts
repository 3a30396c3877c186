import { z } from "zod";
import { isDateInRange } from "./iso-day";

export { addDays, isDateInRange, isoDay, MAX_YEAR, MIN_YEAR, parseIsoDay } from "./iso-day";

/** A real calendar day from 1945 to 2200; "invalidDate" for anything else that is not one, "dateOutOfRange" for other years. */
export const isoDateSchema = z
  .string({ error: "invalidDate" })
  .trim()
  .pipe(z.iso.date({ error: "invalidDate" }))
  .refine(isDateInRange, { error: "dateOutOfRange" });

/** An optional date field: "" becomes null. */
export const optionalIsoDateSchema = z
  .string({ error: "invalidDate" })
  .trim()
  .transform((value, ctx) => {
    if (value === "") return null;
    const parsed = isoDateSchema.safeParse(value);
    if (!parsed.success) {
      ctx.addIssue({ code: "custom", message: parsed.error.issues[0]?.message ?? "invalidDate" });
      return z.NEVER;
    }
    return parsed.data;
  });
