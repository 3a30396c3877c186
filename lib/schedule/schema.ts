import { z } from "zod";
import { isoDateSchema } from "../validation/dates";
import { idSchema, versionSchema } from "../validation/text";
import { formBaseSchema } from "../edit-conflicts/form-base";
import { parseTimeOfDay } from "./time-of-day";

/** Shared by the organization-of-work editor and its server actions. Error strings are keys of "errors.fields". */

const id = idSchema;
const version = versionSchema;
const isoDate = isoDateSchema;

/** "10:00" in, 600 (minutes after midnight in the session's time zone) out. */
const timeOfDay = z
  .string({ error: "invalidTime" })
  .max(20, { error: "invalidTime" })
  .transform((text, ctx) => {
    const minutes = parseTimeOfDay(text);
    if (minutes === null) {
      ctx.addIssue({ code: "custom", message: text.trim() === "" ? "required" : "invalidTime" });
      return z.NEVER;
    }
    return minutes;
  });

export const slotTimesSchema = z
  .object({ date: isoDate, start: timeOfDay, end: timeOfDay })
  .refine((slot) => slot.end > slot.start, { path: ["end"], error: "endNotAfterStart" });

export const addDaySchema = z.object({ sessionId: id, date: isoDate });

export const createSlotSchema = z.object({ sessionId: id, slot: slotTimesSchema });

/** `base`: the date and times the form opened with; on a stale version, only what changed from them is written. */
export const updateSlotSchema = z.object({
  id,
  version,
  slot: slotTimesSchema,
  base: formBaseSchema(slotTimesSchema).optional(),
});

export const slotRefSchema = z.object({ id, version });

/** One or more slots' new ordered lists, saved together so that moving an item between two slots is one change. */
export const setSlotItemsSchema = z.object({
  slots: z
    .array(
      z.object({
        id,
        version,
        itemIds: z
          .array(id)
          .max(200, { error: "tooLong" })
          .refine((ids) => new Set(ids).size === ids.length, { error: "duplicateSlotItem" }),
      }),
    )
    .min(1, { error: "required" })
    .max(50, { error: "tooLong" })
    .refine((slots) => new Set(slots.map((s) => s.id)).size === slots.length, { error: "invalid" }),
});

export type SlotTimesInput = z.input<typeof slotTimesSchema>;
export type SlotTimes = z.output<typeof slotTimesSchema>;
export type SetSlotItemsInput = z.output<typeof setSlotItemsSchema>;
