"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "../actions/define-action";
import { getDb } from "../db";
import { importAgendaText } from "../importer/import-agenda";
import { listBodies } from "../sessions/editing/data";
import { draftFromImport } from "./draft";
import { createSessionFromImport } from "./mutations";
import { importDraftSchema, previewSchema } from "./schema";

const SECRETARIAT = ["SECRETARIAT"] as const;

/** Reads the pasted text; writes nothing. */
export const previewImportAction = defineAction({
  name: "imports.preview",
  roles: SECRETARIAT,
  schema: previewSchema,
  run: async ({ text }) => {
    const result = importAgendaText(text);
    const bodies = await listBodies(getDb());
    return { result, draft: draftFromImport(result, bodies) };
  },
});

export const createFromImportAction = defineAction({
  name: "imports.create",
  roles: SECRETARIAT,
  schema: importDraftSchema,
  run: async (draft, actor) => {
    const created = await createSessionFromImport(getDb(), actor, draft);
    revalidatePath("/", "layout");
    return created;
  },
});
