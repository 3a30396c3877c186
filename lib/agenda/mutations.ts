import "server-only";
import type { Actor } from "../auth/types";
import { recordAudit } from "../audit/mutations";
import type { Db } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { asLocale, type Locale } from "../i18n/locales";
import { toLocalizedText, withText } from "../i18n/localized-text";
import { mergeConflict, mergeFields } from "../edit-conflicts/merge";
import {
  applyDelete,
  applyMove,
  changedPlacements,
  depthOf,
  MAX_DEPTH,
  placementProblem,
  siblingsOf,
  subtreeIds,
} from "./reorder";
import type { CreateItemInput, MoveItemInput, UpdateItemInput } from "./schema";

type Tx = Prisma.TransactionClient;
type Placement = { id: string; parentId: string | null; position: number };

export const ITEM_AUDIT_FIELDS = {
  id: true,
  sessionId: true,
  parentId: true,
  position: true,
  title: true,
  annotation: true,
  translationStates: true,
  status: true,
  version: true,
} satisfies Prisma.AgendaItemSelect;

type AuditedItem = Prisma.AgendaItemGetPayload<{ select: typeof ITEM_AUDIT_FIELDS }>;

/**
 * Structural changes of one session's agenda (add, move, delete) take turns: each locks the session row, then
 * re-reads the items, so two people reordering at once never compute positions from the same stale list.
 * NO KEY UPDATE leaves foreign-key checks of other writers (which take KEY SHARE) unblocked.
 */
async function lockAgenda(tx: Tx, sessionId: string): Promise<Locale> {
  const rows = await tx.$queryRaw<Array<{ originalLanguage: string }>>`
    SELECT "originalLanguage" FROM "Session" WHERE "id" = ${sessionId} FOR NO KEY UPDATE`;
  const lang = rows[0]?.originalLanguage;
  if (!lang) throw new AppError("not-found");
  return asLocale(lang);
}

async function sessionOfItem(tx: Tx, id: string): Promise<string> {
  const item = await tx.agendaItem.findUnique({ where: { id }, select: { sessionId: true } });
  if (!item) throw new AppError("not-found");
  return item.sessionId;
}

/** The item as it is now; "conflict" with its current values when it changed since `version`. */
async function assertItemVersion(tx: Tx, id: string, version: number): Promise<AuditedItem> {
  const current = await tx.agendaItem.findUnique({ where: { id }, select: ITEM_AUDIT_FIELDS });
  if (!current) throw new AppError("not-found");
  if (current.version !== version)
    throw new AppError("conflict", { details: { current: JSON.parse(JSON.stringify(current)) } });
  return current;
}

async function readPlacements(tx: Tx, sessionId: string): Promise<Placement[]> {
  return tx.agendaItem.findMany({ where: { sessionId }, select: { id: true, parentId: true, position: true } });
}

/** Rewrites the positions that changed; content versions stay, as only the moved item itself changed. */
async function writePlacements(tx: Tx, rows: readonly Placement[]): Promise<void> {
  for (const row of rows)
    await tx.agendaItem.update({ where: { id: row.id }, data: { parentId: row.parentId, position: row.position } });
}

function placementError(problem: string): never {
  if (problem === "not-found") throw new AppError("not-found");
  throw new AppError("invalid-state", { details: { reason: problem } });
}

export async function createItem(
  db: Db,
  actor: Actor,
  input: CreateItemInput,
): Promise<{ id: string; version: number }> {
  return db.$transaction(async (tx) => {
    const lang = await lockAgenda(tx, input.sessionId);
    const items = await readPlacements(tx, input.sessionId);
    if (input.parentId !== null) {
      if (!items.some((item) => item.id === input.parentId)) throw new AppError("not-found");
      if (depthOf(items, input.parentId) >= MAX_DEPTH) placementError("too-deep");
    }
    const siblings = siblingsOf(items, input.parentId);
    // Closes gaps left by older data, so the new item's number and position agree.
    await writePlacements(
      tx,
      changedPlacements(
        siblings,
        siblings.map((item, index) => ({ ...item, position: index + 1 })),
      ),
    );
    const item = await tx.agendaItem.create({
      data: {
        sessionId: input.sessionId,
        parentId: input.parentId,
        position: siblings.length + 1,
        title: { [lang]: input.title },
        annotation: withText({}, lang, input.annotation),
      },
      select: ITEM_AUDIT_FIELDS,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      sessionId: input.sessionId,
      entityType: "AgendaItem",
      entityId: item.id,
      action: "create",
      after: item,
    });
    return { id: item.id, version: item.version };
  });
}

/** The item as its editor holds it: title and annotation in the session's original language. */
const editorValues = (row: { title: unknown; annotation: unknown }, lang: Locale) => ({
  title: toLocalizedText(row.title)[lang] ?? "",
  annotation: toLocalizedText(row.annotation)[lang] ?? "",
});

/**
 * Saves the item editor. When someone else saved since it was opened (`version` is stale), only what this user
 * changed from `base` is written; title or annotation changed by both is a "conflict" with both texts.
 */
export async function updateItem(db: Db, actor: Actor, input: UpdateItemInput): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    // A save committed between this read and the write below leaves the write nothing to update: read again.
    for (let attempt = 0; attempt < 3; attempt++) {
      const before = await tx.agendaItem.findUnique({ where: { id: input.id }, select: ITEM_AUDIT_FIELDS });
      if (!before) throw new AppError("not-found");
      const session = await tx.session.findUniqueOrThrow({
        where: { id: before.sessionId },
        select: { originalLanguage: true },
      });
      const lang = asLocale(session.originalLanguage);
      let values = { title: input.title, annotation: input.annotation };
      if (before.version !== input.version) {
        const current = editorValues(before, lang);
        const merged = mergeFields(input.base, values, current);
        if (!merged.ok) throw mergeConflict(before.version, current, merged);
        values = merged.values;
      }
      const title = withText(before.title, lang, values.title);
      const annotation = withText(before.annotation, lang, values.annotation);
      if (
        JSON.stringify(title) === JSON.stringify(before.title) &&
        JSON.stringify(annotation) === JSON.stringify(before.annotation)
      ) {
        return { version: before.version };
      }
      const { count } = await tx.agendaItem.updateMany({
        where: { id: input.id, version: before.version },
        data: { title, annotation, version: { increment: 1 } },
      });
      if (count !== 1) continue;
      const after = await tx.agendaItem.findUniqueOrThrow({ where: { id: input.id }, select: ITEM_AUDIT_FIELDS });
      await recordAudit(tx, {
        actorId: actor.id,
        sessionId: before.sessionId,
        entityType: "AgendaItem",
        entityId: input.id,
        action: "update",
        before,
        after,
      });
      return { version: after.version };
    }
    throw new AppError("conflict");
  });
}

export interface DeletedItem {
  /** Sub-items (at any depth) deleted with the item. */
  subItems: number;
  /** Links to documents and to slots of the organization of work that were removed. */
  documents: number;
  slots: number;
}

export async function deleteItem(db: Db, actor: Actor, id: string, version: number): Promise<DeletedItem> {
  return db.$transaction(async (tx) => {
    const sessionId = await sessionOfItem(tx, id);
    await lockAgenda(tx, sessionId);
    const before = await assertItemVersion(tx, id, version);
    const items = await readPlacements(tx, sessionId);
    const ids = [...subtreeIds(items, id)];
    const subItems = await tx.agendaItem.findMany({
      where: { id: { in: ids.filter((other) => other !== id) } },
      select: ITEM_AUDIT_FIELDS,
    });
    const documents = await tx.agendaItemDocument.findMany({
      where: { itemId: { in: ids } },
      select: { itemId: true, documentId: true },
    });
    const slots = await tx.timeSlotItem.findMany({
      where: { itemId: { in: ids } },
      select: { itemId: true, slotId: true },
    });
    // Sub-items, document links and slot entries go with the item (ON DELETE CASCADE).
    // Deleted only if still this version: an edit committed meanwhile wins.
    const deleted = await tx.agendaItem.deleteMany({ where: { id, version } });
    if (deleted.count !== 1) throw new AppError("conflict");
    await writePlacements(tx, changedPlacements(items, applyDelete(items, id)));
    await closeSlotGaps(tx, [...new Set(slots.map((entry) => entry.slotId))]);
    await recordAudit(tx, {
      actorId: actor.id,
      sessionId,
      entityType: "AgendaItem",
      entityId: id,
      action: "delete",
      before: { ...before, subItems, detached: { documents, slots } },
    });
    return { subItems: subItems.length, documents: documents.length, slots: slots.length };
  });
}

/** Slots that lost an entry are renumbered and their version raised: whoever edits them sees the change. */
async function closeSlotGaps(tx: Tx, slotIds: string[]): Promise<void> {
  if (slotIds.length === 0) return;
  const entries = await tx.timeSlotItem.findMany({
    where: { slotId: { in: slotIds } },
    orderBy: [{ slotId: "asc" }, { position: "asc" }],
    select: { slotId: true, itemId: true, position: true },
  });
  for (const slotId of slotIds) {
    const inSlot = entries.filter((entry) => entry.slotId === slotId);
    for (const [index, entry] of inSlot.entries()) {
      if (entry.position !== index + 1)
        await tx.timeSlotItem.update({
          where: { slotId_itemId: { slotId, itemId: entry.itemId } },
          data: { position: index + 1 },
        });
    }
  }
  await tx.timeSlot.updateMany({ where: { id: { in: slotIds } }, data: { version: { increment: 1 } } });
}

export interface MovedItem {
  version: number;
  parentId: string | null;
  position: number;
}

export async function moveItem(db: Db, actor: Actor, input: MoveItemInput): Promise<MovedItem> {
  return db.$transaction(async (tx) => {
    const sessionId = await sessionOfItem(tx, input.id);
    await lockAgenda(tx, sessionId);
    const before = await assertItemVersion(tx, input.id, input.version);
    const items = await readPlacements(tx, sessionId);
    const problem = placementProblem(items, input.id, input.parentId);
    if (problem) placementError(problem);
    const changed = changedPlacements(
      items,
      applyMove(items, input.id, { parentId: input.parentId, position: input.position }),
    );
    const moved = changed.find((row) => row.id === input.id);
    if (!moved) return { version: before.version, parentId: before.parentId, position: before.position };
    await writePlacements(
      tx,
      changed.filter((row) => row.id !== input.id),
    );
    const after = await tx.agendaItem.update({
      where: { id: input.id, version: input.version },
      data: { parentId: moved.parentId, position: moved.position, version: { increment: 1 } },
      select: { parentId: true, position: true, version: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      sessionId,
      entityType: "AgendaItem",
      entityId: input.id,
      action: "move",
      before: { parentId: before.parentId, position: before.position, version: before.version },
      after,
    });
    return after;
  });
}
