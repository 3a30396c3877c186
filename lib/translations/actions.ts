"use server";

import { defineAction } from "../actions/define-action";
import { getDb } from "../db";
import { setTranslation } from "./mutations";
import { setTranslationSchema } from "./schema";

export const setTranslationAction = defineAction({
  name: "translations.set",
  roles: ["SECRETARIAT"],
  schema: setTranslationSchema,
  run: (input, actor) => setTranslation(getDb(), actor, input),
});
