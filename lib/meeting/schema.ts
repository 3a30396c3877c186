import { z } from "zod";
import { idSchema, safeText } from "../validation/text";
import { ADOPTION_NOTE_MAX } from "./transitions";

/** The console's server actions. Error strings are keys of the "errors.fields" messages. */

const sessionId = idSchema;

export const sessionCommandSchema = z.object({ sessionId });
export const itemCommandSchema = z.object({ sessionId, itemId: idSchema });
export const outcomeSchema = itemCommandSchema.extend({ outcome: z.enum(["ADOPTED", "CONCLUDED", "DEFERRED"]) });
export const adoptAgendaSchema = z.object({
  sessionId,
  orallyAmended: z.boolean().default(false),
  note: safeText(ADOPTION_NOTE_MAX).default(""),
});
// An undo token is the id of the audit event of the action it takes back.
export const undoSchema = z.object({ token: idSchema });
