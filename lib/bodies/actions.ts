"use server";

import { defineAction } from "../actions/define-action";
import { getDb } from "../db";
import { setWorkingLanguages } from "./mutations";
import { setWorkingLanguagesSchema } from "./schema";

export const setWorkingLanguagesAction = defineAction({
  name: "bodies.setWorkingLanguages",
  roles: ["SECRETARIAT"],
  schema: setWorkingLanguagesSchema,
  run: (input, actor) => setWorkingLanguages(getDb(), actor, input),
});
