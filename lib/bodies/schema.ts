import { z } from "zod";
import { LOCALES } from "../i18n/locales";
import { idSchema, versionSchema } from "../validation/text";

/** Shared by the working-languages form and its server action. Error strings are keys of "errors.fields". */

/**
 * The languages a reader is shown, in this order, where their own has no final text yet (then the original):
 * at least one of the six, each once.
 */
export const workingLanguagesSchema = z
  .array(z.enum(LOCALES, { error: "invalid" }), { error: "chooseLanguage" })
  .min(1, { error: "chooseLanguage" })
  .max(LOCALES.length, { error: "duplicateLanguage" })
  .refine((languages) => new Set(languages).size === languages.length, { error: "duplicateLanguage" });

export const setWorkingLanguagesSchema = z.object({
  id: idSchema,
  version: versionSchema,
  workingLanguages: workingLanguagesSchema,
});

export type SetWorkingLanguages = z.output<typeof setWorkingLanguagesSchema>;
