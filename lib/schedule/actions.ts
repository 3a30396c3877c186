"use server";

import { defineAction } from "../actions/define-action";
import { getDb } from "../db";
import { addDay, createSlot, deleteSlot, setSlotItems, updateSlot } from "./mutations";
import { addDaySchema, createSlotSchema, setSlotItemsSchema, slotRefSchema, updateSlotSchema } from "./schema";

const SECRETARIAT = ["SECRETARIAT"] as const;

export const addDayAction = defineAction({
  name: "schedule.addDay",
  roles: SECRETARIAT,
  schema: addDaySchema,
  run: (input, actor) => addDay(getDb(), actor, input.sessionId, input.date),
});

export const createSlotAction = defineAction({
  name: "schedule.createSlot",
  roles: SECRETARIAT,
  schema: createSlotSchema,
  run: (input, actor) => createSlot(getDb(), actor, input.sessionId, input.slot),
});

export const updateSlotAction = defineAction({
  name: "schedule.updateSlot",
  roles: SECRETARIAT,
  schema: updateSlotSchema,
  run: (input, actor) => updateSlot(getDb(), actor, input.id, input.version, input.slot, input.base),
});

export const deleteSlotAction = defineAction({
  name: "schedule.deleteSlot",
  roles: SECRETARIAT,
  schema: slotRefSchema,
  run: async (input, actor) => {
    await deleteSlot(getDb(), actor, input.id, input.version);
    return null;
  },
});

export const setSlotItemsAction = defineAction({
  name: "schedule.setSlotItems",
  roles: SECRETARIAT,
  schema: setSlotItemsSchema,
  run: (input, actor) => setSlotItems(getDb(), actor, input.slots),
});
