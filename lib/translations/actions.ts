"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "../actions/define-action";
import { getDb } from "../db";
import { setTranslation } from "./mutations";
import { setTranslationSchema } from "./schema";

export const setTranslationAction = defineAction({
  name: "translations.set",
  roles: ["SECRETARIAT"],
  schema: setTranslationSchema,
  run: async (input, actor) => {
    const result = await setTranslation(getDb(), actor, input);
    // Public pages show translations at once.
    revalidatePath("/", "layout");
    return result;
  },
});
