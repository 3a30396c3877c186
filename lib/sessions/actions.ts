"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "../actions/define-action";
import { getDb } from "../db";
import { duplicateSession } from "./duplicate/mutations";
import { createSession, deleteDraftSession, setSessionStatus, updateSession } from "./mutations";
import { createSessionSchema, duplicateSessionSchema, publishSessionSchema, sessionRefSchema, updateSessionSchema } from "./schema";
import { publishWarnings } from "./publish-check";
import { AppError } from "../errors";

const SECRETARIAT = ["SECRETARIAT"] as const;

// Public pages and the workspace read sessions; after a change both show it at once.
function refresh(): void {
  revalidatePath("/", "layout");
}

export const createSessionAction = defineAction({
  name: "sessions.create",
  roles: SECRETARIAT,
  schema: createSessionSchema,
  run: async (input, actor) => {
    const result = await createSession(getDb(), actor, input);
    refresh();
    return result;
  },
});

export const updateSessionAction = defineAction({
  name: "sessions.update",
  roles: SECRETARIAT,
  schema: updateSessionSchema,
  run: async (input, actor) => {
    const result = await updateSession(getDb(), actor, input.id, input.version, input.session);
    refresh();
    return result;
  },
});

export const deleteSessionAction = defineAction({
  name: "sessions.delete",
  roles: SECRETARIAT,
  schema: sessionRefSchema,
  run: async (input, actor) => {
    await deleteDraftSession(getDb(), actor, input.id, input.version);
    refresh();
    return null;
  },
});

export const duplicateSessionAction = defineAction({
  name: "sessions.duplicate",
  roles: SECRETARIAT,
  schema: duplicateSessionSchema,
  run: async (input, actor) => {
    const result = await duplicateSession(getDb(), actor, input);
    refresh();
    return result;
  },
});

export const publishSessionAction = defineAction({
  name: "sessions.publish",
  roles: SECRETARIAT,
  schema: publishSessionSchema,
  run: async (input, actor) => {
    const warnings = await publishWarnings(getDb(), input.id);
    // Warnings never block, but publishing over them needs the user's explicit confirmation.
    if (warnings.length > 0 && !input.confirmedWarnings) throw new AppError("invalid-state", { details: { warnings } });
    const result = await setSessionStatus(getDb(), actor, input.id, input.version, "PROVISIONAL");
    refresh();
    return result;
  },
});

export const unpublishSessionAction = defineAction({
  name: "sessions.unpublish",
  roles: SECRETARIAT,
  schema: sessionRefSchema,
  run: async (input, actor) => {
    const result = await setSessionStatus(getDb(), actor, input.id, input.version, "DRAFT");
    refresh();
    return result;
  },
});
