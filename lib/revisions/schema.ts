import { z } from "zod";
import { idSchema } from "../validation/text";

/** Issuing what is pending as a revision or corrigendum; `expectedSequence` is the latest issue the page showed. */
export const issueRevisionSchema = z.object({
  id: idSchema,
  kind: z.enum(["REVISION", "CORRIGENDUM"]),
  expectedSequence: z.number().int().min(0).max(10_000),
});
