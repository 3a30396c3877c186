import { z } from "zod";
import { LOCALES } from "../i18n/locales";
import { fieldSpec, TRANSLATABLE_ENTITIES } from "./fields";

/** One field in one language, saved on its own. Error strings are keys of the "errors.fields" messages. */
export const setTranslationSchema = z
  .object({
    entity: z.enum(TRANSLATABLE_ENTITIES),
    id: z.string().min(1),
    version: z.number().int().min(1),
    field: z.string().min(1).max(40),
    locale: z.enum(LOCALES),
    text: z.string().max(20000, { error: "tooLong" }).transform((text) => text.trim()),
    state: z.enum(["DRAFT", "FINAL"]),
    /** The session page the change was made from, so body and document changes show in its history. */
    sessionId: z.string().min(1),
  })
  .superRefine((input, ctx) => {
    const spec = fieldSpec(input.entity, input.field);
    if (!spec) return void ctx.addIssue({ code: "custom", path: ["field"], message: "unknownField" });
    if (input.text.length > spec.maxLength) ctx.addIssue({ code: "custom", path: ["text"], message: "tooLong" });
    if (input.state === "FINAL" && input.text === "") ctx.addIssue({ code: "custom", path: ["text"], message: "finalNeedsText" });
  });

export type SetTranslationInput = z.output<typeof setTranslationSchema>;
