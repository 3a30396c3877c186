"use server";

import { defineAction } from "../actions/define-action";
import { getDb } from "../db";
import { duplicateSession } from "./duplicate/mutations";
import { createSession, deleteDraftSession, setSessionStatus, updateSession } from "./mutations";
import {
  createSessionSchema,
  duplicateSessionSchema,
  publishSessionSchema,
  sessionRefSchema,
  updateSessionSchema,
} from "./schema";
import { publishWarnings } from "./publish-check";
import { AppError } from "../errors";

const SECRETARIAT = ["SECRETARIAT"] as const;

export const createSessionAction = defineAction({
  name: "sessions.create",
  roles: SECRETARIAT,
  schema: createSessionSchema,
  run: (input, actor) => createSession(getDb(), actor, input),
});

export const updateSessionAction = defineAction({
  name: "sessions.update",
  roles: SECRETARIAT,
  schema: updateSessionSchema,
  run: (input, actor) => updateSession(getDb(), actor, input.id, input.version, input.session, input.base),
});

export const deleteSessionAction = defineAction({
  name: "sessions.delete",
  roles: SECRETARIAT,
  schema: sessionRefSchema,
  run: async (input, actor) => {
    await deleteDraftSession(getDb(), actor, input.id, input.version);
    return null;
  },
});

export const duplicateSessionAction = defineAction({
  name: "sessions.duplicate",
  roles: SECRETARIAT,
  schema: duplicateSessionSchema,
  run: (input, actor) => duplicateSession(getDb(), actor, input),
});

export const publishSessionAction = defineAction({
  name: "sessions.publish",
  roles: SECRETARIAT,
  schema: publishSessionSchema,
  run: async (input, actor) => {
    const warnings = await publishWarnings(getDb(), input.id);
    // Warnings block publication until resolved, or overridden explicitly with a reason that the history keeps.
    if (warnings.length === 0) return setSessionStatus(getDb(), actor, input.id, input.version, "PROVISIONAL");
    if (!input.confirmedWarnings) throw new AppError("invalid-state", { details: { warnings } });
    if (!input.overrideReason) throw new AppError("validation", { fields: { overrideReason: "required" } });
    return setSessionStatus(getDb(), actor, input.id, input.version, "PROVISIONAL", {
      overrideReason: input.overrideReason,
      overriddenWarnings: [...new Set(warnings.map((warning) => warning.code))],
    });
  },
});

export const unpublishSessionAction = defineAction({
  name: "sessions.unpublish",
  roles: SECRETARIAT,
  schema: sessionRefSchema,
  run: (input, actor) => setSessionStatus(getDb(), actor, input.id, input.version, "DRAFT"),
});
