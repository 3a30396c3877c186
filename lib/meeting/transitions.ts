import type { ItemStatus } from "../sessions/types";
import type { MeetingItemState, MeetingState } from "./types";

/** The longest note the chair may give when the agenda is adopted "as orally amended". */
export const ADOPTION_NOTE_MAX = 500;

export type ItemOutcome = "ADOPTED" | "CONCLUDED" | "DEFERRED";

export type MeetingCommand =
  | { type: "take-up"; itemId: string }
  | { type: "adopt" | "conclude" | "defer"; itemId: string }
  | { type: "reopen"; itemId: string }
  /** `adoptionItemId`: the item "Adoption of the agenda" (see agenda-adoption.ts), or null when there is none. */
  | { type: "adopt-agenda"; orallyAmended: boolean; note: string | null; adoptionItemId: string | null }
  | { type: "suspend" }
  | { type: "resume" }
  | { type: "close" };

export type MeetingCommandType = MeetingCommand["type"];

/** Why the chair's action was refused; each has a sentence in the "console" messages. */
export type MeetingRefusal =
  | "session-draft"
  | "session-closed"
  | "item-not-in-session"
  | "suspended"
  | "not-suspended"
  | "already-current"
  | "item-concluded"
  | "item-not-concluded"
  | "agenda-already-adopted"
  | "note-too-long";

export type TransitionResult = { ok: true; state: MeetingState } | { ok: false; code: MeetingRefusal };

const OUTCOMES: Record<"adopt" | "conclude" | "defer", ItemOutcome> = {
  adopt: "ADOPTED",
  conclude: "CONCLUDED",
  defer: "DEFERRED",
};

const FINISHED = new Set<ItemStatus>(["ADOPTED", "CONCLUDED", "DEFERRED"]);

export function isFinished(status: ItemStatus): boolean {
  return FINISHED.has(status);
}

const refuse = (code: MeetingRefusal): TransitionResult => ({ ok: false, code });

/** The current item, if any, goes back to PENDING with its takenUpAt kept: when taken up again it is "(continued)". */
function setAside(items: MeetingItemState[]): MeetingItemState[] {
  return items.map((item) => (item.status === "UNDER_CONSIDERATION" ? { ...item, status: "PENDING" } : item));
}

function withItem(
  items: MeetingItemState[],
  id: string,
  change: (item: MeetingItemState) => MeetingItemState,
): MeetingItemState[] {
  return items.map((item) => (item.id === id ? change(item) : item));
}

function finish(state: MeetingState, items: MeetingItemState[]): TransitionResult {
  const currentItemId = items.find((item) => item.status === "UNDER_CONSIDERATION")?.id ?? null;
  return { ok: true, state: { ...state, items, currentItemId } };
}

function itemCommand(state: MeetingState, command: Extract<MeetingCommand, { itemId: string }>, at: string) {
  const item = state.items.find((candidate) => candidate.id === command.itemId);
  if (!item) return refuse("item-not-in-session");
  switch (command.type) {
    case "take-up":
      if (item.status === "UNDER_CONSIDERATION") return refuse("already-current");
      if (isFinished(item.status)) return refuse("item-concluded");
      return finish(
        state,
        withItem(setAside(state.items), item.id, (it) => ({
          ...it,
          status: "UNDER_CONSIDERATION",
          takenUpAt: it.takenUpAt ?? at,
        })),
      );
    case "reopen":
      if (!isFinished(item.status)) return refuse("item-not-concluded");
      return finish(
        state,
        withItem(setAside(state.items), item.id, (it) => ({
          ...it,
          status: "UNDER_CONSIDERATION",
          takenUpAt: it.takenUpAt ?? at,
          concludedAt: null,
        })),
      );
    default: {
      if (isFinished(item.status)) return refuse("item-concluded");
      const status = OUTCOMES[command.type];
      return finish(
        state,
        withItem(state.items, item.id, (it) => ({ ...it, status, concludedAt: at })),
      );
    }
  }
}

/**
 * The rules of the chair's console, without the database: the state after `command` at `now`, or why it is
 * refused. A session never published cannot be conducted; a closed one is frozen; while the meeting is
 * suspended only resuming or closing it is possible.
 */
export function applyCommand(state: MeetingState, command: MeetingCommand, now: Date): TransitionResult {
  if (state.status === "DRAFT") return refuse("session-draft");
  if (state.status === "CLOSED") return refuse("session-closed");
  const at = now.toISOString();
  if (command.type === "resume") {
    if (!state.suspendedAt) return refuse("not-suspended");
    return { ok: true, state: { ...state, suspendedAt: null } };
  }
  if (command.type === "close") {
    // Nothing stays "under consideration" in a closed session; an item left open keeps when it was taken up.
    return finish({ ...state, status: "CLOSED", suspendedAt: null }, setAside(state.items));
  }
  if (state.suspendedAt) return refuse("suspended");
  switch (command.type) {
    case "suspend":
      return { ok: true, state: { ...state, suspendedAt: at } };
    case "adopt-agenda": {
      if (state.status === "ADOPTED" || state.agendaAdoptedAt) return refuse("agenda-already-adopted");
      const note = command.orallyAmended ? command.note?.trim() || null : null;
      if (note && note.length > ADOPTION_NOTE_MAX) return refuse("note-too-long");
      const adopted: MeetingState = {
        ...state,
        status: "ADOPTED",
        agendaAdoptedAt: at,
        orallyAmended: command.orallyAmended,
        adoptionNote: note,
      };
      const id = command.adoptionItemId;
      if (!id) return finish(adopted, state.items);
      if (!state.items.some((item) => item.id === id)) return refuse("item-not-in-session");
      return finish(
        adopted,
        withItem(state.items, id, (it) => ({
          ...it,
          status: "ADOPTED",
          takenUpAt: it.takenUpAt ?? at,
          concludedAt: at,
        })),
      );
    }
    default:
      return itemCommand(state, command, at);
  }
}
