"use server";

import { defineAction } from "../actions/define-action";
import { getDb } from "../db";
import { issueRevision } from "./mutations";
import { issueRevisionSchema } from "./schema";

export const issueRevisionAction = defineAction({
  name: "revisions.issue",
  roles: ["SECRETARIAT"] as const,
  schema: issueRevisionSchema,
  run: (input, actor) => issueRevision(getDb(), actor, input),
});
