import { z } from "zod";
import { idSchema } from "../../validation/text";

/** Which account chairs which session: both ids come from the overview tab's select and list. */
export const chairRefSchema = z.object({ sessionId: idSchema, userId: idSchema });

export type ChairRef = z.output<typeof chairRefSchema>;
