import "server-only";
import { orderedItems } from "../agenda/numbering";
import type { Actor } from "../auth/types";
import { recordAudit } from "../audit/mutations";
import type { Db } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { toLocalizedText } from "../i18n/localized-text";
import { MEETING_ACTION_PREFIX } from "../audit/live-change";
import { findAgendaAdoptionItem } from "./agenda-adoption";
import { getMeetingState, listItemTitles } from "./data";
import { diffMeeting, parseSnapshot, type MeetingSnapshot } from "./snapshot";
import { applyCommand, type MeetingCommand } from "./transitions";
import type { MeetingActionResult, MeetingState } from "./types";

export type { MeetingActionResult };

type Tx = Prisma.TransactionClient;

/** How long the console offers to undo an action. */
export const UNDO_WINDOW_MS = 30_000;

/** What the console asks for; the item on which the agenda is adopted is found here, not trusted from the page. */
export type ConsoleCommand =
  | Exclude<MeetingCommand, { type: "adopt-agenda" }>
  | { type: "adopt-agenda"; orallyAmended: boolean; note: string | null };

/**
 * Two consoles acting at once take turns on the session row, so each applies its rules to the state the other
 * left: the last valid action wins and nothing contradictory is written. NO KEY UPDATE (like the agenda's
 * structural edits) serialises writers without blocking foreign-key checks of unrelated inserts.
 */
async function lockedState(tx: Tx, sessionId: string): Promise<MeetingState> {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT "id" FROM "Session" WHERE "id" = ${sessionId} FOR NO KEY UPDATE`;
  const state = rows.length > 0 ? await getMeetingState(tx, sessionId) : null;
  if (!state) throw new AppError("not-found");
  return state;
}

const toDate = (value: string | null | undefined) => (value ? new Date(value) : null);

/**
 * Writes one snapshot side. The `version` columns stay: they guard the secretariat's edit forms, and a change of
 * status must not make someone's title edit conflict. An item leaving consideration is written before the one
 * entering it, as the database allows only one at a time.
 */
async function writeSnapshot(tx: Tx, sessionId: string, snapshot: MeetingSnapshot, at: Date): Promise<void> {
  const entries = Object.entries(snapshot.items).sort(
    ([, a], [, b]) => Number(a.status === "UNDER_CONSIDERATION") - Number(b.status === "UNDER_CONSIDERATION"),
  );
  for (const [id, item] of entries) {
    await tx.agendaItem.update({
      where: { id, sessionId },
      data: {
        status: item.status,
        statusChangedAt: at,
        takenUpAt: toDate(item.takenUpAt),
        concludedAt: toDate(item.concludedAt),
      },
    });
  }
  const session = snapshot.session;
  await tx.session.update({
    where: { id: sessionId },
    data: {
      meetingRevision: { increment: 1 },
      ...(session.status !== undefined && { status: session.status, statusChangedAt: at }),
      ...(session.suspendedAt !== undefined && { suspendedAt: toDate(session.suspendedAt) }),
      ...(session.agendaAdoptedAt !== undefined && { agendaAdoptedAt: toDate(session.agendaAdoptedAt) }),
      ...(session.orallyAmended !== undefined && { orallyAmended: session.orallyAmended }),
      ...(session.adoptionNote !== undefined && { adoptionNote: session.adoptionNote }),
    },
  });
}

async function adoptionItemId(tx: Tx, sessionId: string): Promise<string | null> {
  const items = (await listItemTitles(tx, sessionId)).map((item) => ({ ...item, title: toLocalizedText(item.title) }));
  return findAgendaAdoptionItem(orderedItems(items))?.id ?? null;
}

async function finished(tx: Tx, sessionId: string, undoToken: string, at: Date): Promise<MeetingActionResult> {
  const state = await getMeetingState(tx, sessionId);
  if (!state) throw new AppError("not-found");
  return { state, undoToken, at: at.toISOString() };
}

/** One action of the chair, in one transaction: lock, apply the rules, write what changed, audit it. */
export async function runMeetingCommand(
  db: Db,
  actor: Actor,
  sessionId: string,
  input: ConsoleCommand,
  now = new Date(),
): Promise<MeetingActionResult> {
  return db.$transaction(async (tx) => {
    const state = await lockedState(tx, sessionId);
    const adoptionItem = input.type === "adopt-agenda" ? await adoptionItemId(tx, sessionId) : null;
    const command: MeetingCommand = input.type === "adopt-agenda" ? { ...input, adoptionItemId: adoptionItem } : input;
    const result = applyCommand(state, command, now);
    if (!result.ok) throw new AppError("invalid-state", { details: { reason: result.code } });
    const change = diffMeeting(state, result.state);
    await writeSnapshot(tx, sessionId, change.after, now);
    const itemId = "itemId" in command ? command.itemId : null;
    const eventId = await recordAudit(tx, {
      actorId: actor.id,
      sessionId,
      entityType: itemId ? "AgendaItem" : "Session",
      entityId: itemId ?? sessionId,
      action: `${MEETING_ACTION_PREFIX}${command.type}`,
      before: change.before,
      after: input.type === "adopt-agenda" ? { ...change.after, adoptionItemId: adoptionItem } : change.after,
      at: now,
    });
    return finished(tx, sessionId, eventId, now);
  });
}

function refuseUndo(reason: "undo-expired" | "undo-stale" | "not-undoable"): never {
  throw new AppError("invalid-state", { details: { reason } });
}

/**
 * Takes an action back: within UNDO_WINDOW_MS, by whoever did it or the secretariat, and only while nothing has
 * happened in the meeting since (its revision is still the one the action produced).
 */
export async function undoMeetingAction(
  db: Db,
  actor: Actor,
  token: string,
  now = new Date(),
): Promise<MeetingActionResult> {
  return db.$transaction(async (tx) => {
    const event = await tx.auditEvent.findUnique({ where: { id: token } });
    if (!event?.sessionId || !event.action.startsWith(MEETING_ACTION_PREFIX)) throw new AppError("not-found");
    if (event.userId !== actor.id && actor.role !== "SECRETARIAT") throw new AppError("forbidden");
    const state = await lockedState(tx, event.sessionId);
    const before = parseSnapshot(event.before);
    const after = parseSnapshot(event.after);
    if (event.action === `${MEETING_ACTION_PREFIX}undo` || !before || !after) refuseUndo("not-undoable");
    if (now.getTime() - event.at.getTime() > UNDO_WINDOW_MS) refuseUndo("undo-expired");
    if (state.revision !== after.revision) refuseUndo("undo-stale");
    await writeSnapshot(tx, event.sessionId, before, now);
    const eventId = await recordAudit(tx, {
      actorId: actor.id,
      sessionId: event.sessionId,
      entityType: event.entityType as "Session" | "AgendaItem",
      entityId: event.entityId,
      action: `${MEETING_ACTION_PREFIX}undo`,
      before: { ...after, revision: state.revision },
      after: { ...before, revision: state.revision + 1, undoes: event.action.slice(MEETING_ACTION_PREFIX.length) },
      at: now,
    });
    return finished(tx, event.sessionId, eventId, now);
  });
}
