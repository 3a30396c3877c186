"use server";

import { defineAction } from "../actions/define-action";
import type { Actor } from "../auth/types";
import { getDb } from "../db";
import { AppError } from "../errors";
import { isSessionChair, sessionOfMeetingEvent } from "./data";
import { runMeetingCommand, undoMeetingAction } from "./mutations";
import { adoptAgendaSchema, itemCommandSchema, outcomeSchema, sessionCommandSchema, undoSchema } from "./schema";

const CONDUCT = ["CHAIR", "SECRETARIAT"] as const;

/** The secretariat may conduct any session; a chair only the sessions they are assigned to. */
async function mayConduct(sessionId: string | null, actor: Actor): Promise<void> {
  if (actor.role === "SECRETARIAT") return;
  if (!sessionId || !(await isSessionChair(getDb(), sessionId, actor.id))) throw new AppError("forbidden");
}

const bySession = (input: { sessionId: string }, actor: Actor) => mayConduct(input.sessionId, actor);

export const takeUpAction = defineAction({
  name: "meeting.takeUp",
  roles: CONDUCT,
  schema: itemCommandSchema,
  authorize: bySession,
  run: (input, actor) => runMeetingCommand(getDb(), actor, input.sessionId, { type: "take-up", itemId: input.itemId }),
});

const OUTCOME_COMMANDS = { ADOPTED: "adopt", CONCLUDED: "conclude", DEFERRED: "defer" } as const;

export const setOutcomeAction = defineAction({
  name: "meeting.setOutcome",
  roles: CONDUCT,
  schema: outcomeSchema,
  authorize: bySession,
  run: (input, actor) =>
    runMeetingCommand(getDb(), actor, input.sessionId, {
      type: OUTCOME_COMMANDS[input.outcome],
      itemId: input.itemId,
    }),
});

export const reopenAction = defineAction({
  name: "meeting.reopen",
  roles: CONDUCT,
  schema: itemCommandSchema,
  authorize: bySession,
  run: (input, actor) => runMeetingCommand(getDb(), actor, input.sessionId, { type: "reopen", itemId: input.itemId }),
});

export const adoptAgendaAction = defineAction({
  name: "meeting.adoptAgenda",
  roles: CONDUCT,
  schema: adoptAgendaSchema,
  authorize: bySession,
  run: (input, actor) =>
    runMeetingCommand(getDb(), actor, input.sessionId, {
      type: "adopt-agenda",
      orallyAmended: input.orallyAmended,
      note: input.note || null,
    }),
});

export const suspendAction = defineAction({
  name: "meeting.suspend",
  roles: CONDUCT,
  schema: sessionCommandSchema,
  authorize: bySession,
  run: (input, actor) => runMeetingCommand(getDb(), actor, input.sessionId, { type: "suspend" }),
});

export const resumeAction = defineAction({
  name: "meeting.resume",
  roles: CONDUCT,
  schema: sessionCommandSchema,
  authorize: bySession,
  run: (input, actor) => runMeetingCommand(getDb(), actor, input.sessionId, { type: "resume" }),
});

export const closeAction = defineAction({
  name: "meeting.close",
  roles: CONDUCT,
  schema: sessionCommandSchema,
  authorize: bySession,
  run: (input, actor) => runMeetingCommand(getDb(), actor, input.sessionId, { type: "close" }),
});

export const undoAction = defineAction({
  name: "meeting.undo",
  roles: CONDUCT,
  schema: undoSchema,
  // The token names an event; the chair must chair the session it belongs to (unknown tokens are refused alike).
  authorize: async (input, actor) => mayConduct(await sessionOfMeetingEvent(getDb(), input.token), actor),
  run: (input, actor) => undoMeetingAction(getDb(), actor, input.token),
});
