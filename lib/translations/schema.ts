import { z } from "zod";
import { LOCALES } from "../i18n/locales";
import { idSchema, safeString, versionSchema } from "../validation/text";
import { fieldSpec, TRANSLATABLE_ENTITIES } from "./fields";

/** One field in one language, saved on its own. Error strings are keys of the "errors.fields" messages. */
export const setTranslationSchema = z
  .object({
    entity: z.enum(TRANSLATABLE_ENTITIES),
    id: idSchema,
    version: versionSchema,
    field: z.string().min(1).max(40),
    locale: z.enum(LOCALES),
    text: safeString(20000).transform((text) => text.trim()),
    state: z.enum(["DRAFT", "FINAL"]),
    /** The session page the change was made from, so body and document changes show in its history. */
    sessionId: idSchema,
  })
  .superRefine((input, ctx) => {
    const spec = fieldSpec(input.entity, input.field);
    if (!spec) return void ctx.addIssue({ code: "custom", path: ["field"], message: "unknownField" });
    if (input.text.length > spec.maxLength)
      ctx.addIssue({ code: "custom", path: ["text"], message: "tooLong", params: { max: spec.maxLength } });
    if (input.state === "FINAL" && input.text === "")
      ctx.addIssue({ code: "custom", path: ["text"], message: "finalNeedsText" });
  });

export type SetTranslationInput = z.output<typeof setTranslationSchema>;
