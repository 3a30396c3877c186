"use server";

import { defineAction } from "../actions/define-action";
import { getDb } from "../db";
import { createDocument, deleteDocument, updateDocument } from "./mutations";
import { attachDocument, detachDocument } from "./item-links/mutations";
import {
  attachDocumentSchema,
  createDocumentSchema,
  deleteDocumentSchema,
  detachDocumentSchema,
  updateDocumentSchema,
} from "./schema";

const SECRETARIAT = ["SECRETARIAT"] as const;

export const createDocumentAction = defineAction({
  name: "documents.create",
  roles: SECRETARIAT,
  schema: createDocumentSchema,
  run: (input, actor) => createDocument(getDb(), actor, input),
});

export const updateDocumentAction = defineAction({
  name: "documents.update",
  roles: SECRETARIAT,
  schema: updateDocumentSchema,
  run: (input, actor) => updateDocument(getDb(), actor, input),
});

export const deleteDocumentAction = defineAction({
  name: "documents.delete",
  roles: SECRETARIAT,
  schema: deleteDocumentSchema,
  run: (input, actor) => deleteDocument(getDb(), actor, input),
});

export const attachDocumentAction = defineAction({
  name: "documents.attach",
  roles: SECRETARIAT,
  schema: attachDocumentSchema,
  run: (input, actor) => attachDocument(getDb(), actor, input),
});

export const detachDocumentAction = defineAction({
  name: "documents.detach",
  roles: SECRETARIAT,
  schema: detachDocumentSchema,
  run: (input, actor) => detachDocument(getDb(), actor, input),
});
