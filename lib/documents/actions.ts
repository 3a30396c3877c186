"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "../actions/define-action";
import { getDb } from "../db";
import { attachDocument, createDocument, deleteDocument, detachDocument, updateDocument } from "./mutations";
import { attachDocumentSchema, createDocumentSchema, deleteDocumentSchema, detachDocumentSchema, updateDocumentSchema } from "./schema";

const SECRETARIAT = ["SECRETARIAT"] as const;

// Public session pages list and link the documents; after a change they show it at once.
function refresh(): void {
  revalidatePath("/", "layout");
}

export const createDocumentAction = defineAction({
  name: "documents.create",
  roles: SECRETARIAT,
  schema: createDocumentSchema,
  run: async (input, actor) => {
    const result = await createDocument(getDb(), actor, input);
    refresh();
    return result;
  },
});

export const updateDocumentAction = defineAction({
  name: "documents.update",
  roles: SECRETARIAT,
  schema: updateDocumentSchema,
  run: async (input, actor) => {
    const result = await updateDocument(getDb(), actor, input);
    refresh();
    return result;
  },
});

export const deleteDocumentAction = defineAction({
  name: "documents.delete",
  roles: SECRETARIAT,
  schema: deleteDocumentSchema,
  run: async (input, actor) => {
    const result = await deleteDocument(getDb(), actor, input);
    refresh();
    return result;
  },
});

export const attachDocumentAction = defineAction({
  name: "documents.attach",
  roles: SECRETARIAT,
  schema: attachDocumentSchema,
  run: async (input, actor) => {
    const result = await attachDocument(getDb(), actor, input);
    refresh();
    return result;
  },
});

export const detachDocumentAction = defineAction({
  name: "documents.detach",
  roles: SECRETARIAT,
  schema: detachDocumentSchema,
  run: async (input, actor) => {
    const result = await detachDocument(getDb(), actor, input);
    refresh();
    return result;
  },
});
