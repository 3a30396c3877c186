"use server";

import { defineAction } from "../actions/define-action";
import { getDb } from "../db";
import { createItem, deleteItem, moveItem, updateItem } from "./mutations";
import { createItemSchema, deleteItemSchema, moveItemSchema, updateItemSchema } from "./schema";

const SECRETARIAT = ["SECRETARIAT"] as const;

export const createItemAction = defineAction({
  name: "agenda.createItem",
  roles: SECRETARIAT,
  schema: createItemSchema,
  run: (input, actor) => createItem(getDb(), actor, input),
});

export const updateItemAction = defineAction({
  name: "agenda.updateItem",
  roles: SECRETARIAT,
  schema: updateItemSchema,
  run: (input, actor) => updateItem(getDb(), actor, input),
});

export const deleteItemAction = defineAction({
  name: "agenda.deleteItem",
  roles: SECRETARIAT,
  schema: deleteItemSchema,
  run: (input, actor) => deleteItem(getDb(), actor, input.id, input.version),
});

export const moveItemAction = defineAction({
  name: "agenda.moveItem",
  roles: SECRETARIAT,
  schema: moveItemSchema,
  run: (input, actor) => moveItem(getDb(), actor, input),
});
