"use server";

import { defineAction } from "../../actions/define-action";
import { getDb } from "../../db";
import { assignChair, removeChair } from "./mutations";
import { chairRefSchema } from "./schema";

const SECRETARIAT = ["SECRETARIAT"] as const;

export const assignChairAction = defineAction({
  name: "sessions.assignChair",
  roles: SECRETARIAT,
  schema: chairRefSchema,
  run: (input, actor) => assignChair(getDb(), actor, input),
});

export const removeChairAction = defineAction({
  name: "sessions.removeChair",
  roles: SECRETARIAT,
  schema: chairRefSchema,
  run: (input, actor) => removeChair(getDb(), actor, input),
});
