"use server";

import { defineAction } from "../actions/define-action";
import { getDb } from "../db";
import { importAgendaText } from "../agenda-parser/import-agenda";
import { listBodies } from "../sessions/workspace/data";
import { zoneDefaults } from "./data";
import { draftFromImport, knownBody } from "./draft";
import { createSessionFromImport } from "./mutations";
import { importDraftSchema, previewSchema } from "./schema";

const SECRETARIAT = ["SECRETARIAT"] as const;

/** Reads the pasted text; writes nothing. */
export const previewImportAction = defineAction({
  name: "imports.preview",
  roles: SECRETARIAT,
  schema: previewSchema,
  readOnly: true,
  run: async ({ text }) => {
    const result = importAgendaText(text);
    const db = getDb();
    const bodies = await listBodies(db);
    const zones = await zoneDefaults(db, knownBody(result, bodies)?.id ?? null);
    return { result, draft: draftFromImport(result, bodies, zones) };
  },
});

export const createFromImportAction = defineAction({
  name: "imports.create",
  roles: SECRETARIAT,
  schema: importDraftSchema,
  run: (draft, actor) => createSessionFromImport(getDb(), actor, draft),
});
