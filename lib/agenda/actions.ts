"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "../actions/define-action";
import { getDb } from "../db";
import { createItem, deleteItem, moveItem, updateItem } from "./mutations";
import { createItemSchema, deleteItemSchema, moveItemSchema, updateItemSchema } from "./schema";

const SECRETARIAT = ["SECRETARIAT"] as const;

// The public page, the schedule and the workspace all show agenda items; after a change every one shows it.
function refresh(): void {
  revalidatePath("/", "layout");
}

export const createItemAction = defineAction({
  name: "agenda.createItem",
  roles: SECRETARIAT,
  schema: createItemSchema,
  run: async (input, actor) => {
    const result = await createItem(getDb(), actor, input);
    refresh();
    return result;
  },
});

export const updateItemAction = defineAction({
  name: "agenda.updateItem",
  roles: SECRETARIAT,
  schema: updateItemSchema,
  run: async (input, actor) => {
    const result = await updateItem(getDb(), actor, input);
    refresh();
    return result;
  },
});

export const deleteItemAction = defineAction({
  name: "agenda.deleteItem",
  roles: SECRETARIAT,
  schema: deleteItemSchema,
  run: async (input, actor) => {
    const result = await deleteItem(getDb(), actor, input.id, input.version);
    refresh();
    return result;
  },
});

export const moveItemAction = defineAction({
  name: "agenda.moveItem",
  roles: SECRETARIAT,
  schema: moveItemSchema,
  run: async (input, actor) => {
    const result = await moveItem(getDb(), actor, input);
    refresh();
    return result;
  },
});
