"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "../actions/define-action";
import { getDb } from "../db";
import { addDay, createSlot, deleteSlot, setSlotItems, updateSlot } from "./mutations";
import { addDaySchema, createSlotSchema, setSlotItemsSchema, slotRefSchema, updateSlotSchema } from "./schema";

const SECRETARIAT = ["SECRETARIAT"] as const;

// The public programme of work and the workspace both read the slots; after a change both show it at once.
function refresh(): void {
  revalidatePath("/", "layout");
}

export const addDayAction = defineAction({
  name: "schedule.addDay",
  roles: SECRETARIAT,
  schema: addDaySchema,
  run: async (input, actor) => {
    const result = await addDay(getDb(), actor, input.sessionId, input.date);
    refresh();
    return result;
  },
});

export const createSlotAction = defineAction({
  name: "schedule.createSlot",
  roles: SECRETARIAT,
  schema: createSlotSchema,
  run: async (input, actor) => {
    const result = await createSlot(getDb(), actor, input.sessionId, input.slot);
    refresh();
    return result;
  },
});

export const updateSlotAction = defineAction({
  name: "schedule.updateSlot",
  roles: SECRETARIAT,
  schema: updateSlotSchema,
  run: async (input, actor) => {
    const result = await updateSlot(getDb(), actor, input.id, input.version, input.slot);
    refresh();
    return result;
  },
});

export const deleteSlotAction = defineAction({
  name: "schedule.deleteSlot",
  roles: SECRETARIAT,
  schema: slotRefSchema,
  run: async (input, actor) => {
    await deleteSlot(getDb(), actor, input.id, input.version);
    refresh();
    return null;
  },
});

export const setSlotItemsAction = defineAction({
  name: "schedule.setSlotItems",
  roles: SECRETARIAT,
  schema: setSlotItemsSchema,
  run: async (input, actor) => {
    const result = await setSlotItems(getDb(), actor, input.slots);
    refresh();
    return result;
  },
});
