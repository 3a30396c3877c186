import "server-only";
import type { Actor } from "../../auth/types";
import { recordAudit } from "../../audit/mutations";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { Prisma } from "../../generated/prisma/client";

/**
 * Documents listed under agenda items: attaching and detaching, with each item's documents kept numbered
 * 1, 2, 3… Item rows are locked first, in id order, so concurrent changes to one item's list queue up.
 */

type Tx = Prisma.TransactionClient;

/** Locks the agenda items whose document lists are about to change. */
export async function lockItems(tx: Tx, itemIds: readonly string[]): Promise<void> {
  if (itemIds.length === 0) return;
  await tx.$queryRaw`SELECT id FROM "AgendaItem" WHERE id IN (${Prisma.join([...itemIds])}) ORDER BY id FOR UPDATE`;
}

/** Renumbers the documents of each item 1, 2, 3… in their current order, closing any gap a removal left. */
export async function compactPositions(tx: Tx, itemIds: readonly string[]): Promise<void> {
  if (itemIds.length === 0) return;
  const links = await tx.agendaItemDocument.findMany({
    where: { itemId: { in: [...itemIds] } },
    orderBy: [{ itemId: "asc" }, { position: "asc" }, { documentId: "asc" }],
    select: { itemId: true, documentId: true, position: true },
  });
  const next = new Map<string, number>();
  for (const link of links) {
    const position = (next.get(link.itemId) ?? 0) + 1;
    next.set(link.itemId, position);
    if (link.position !== position) {
      await tx.agendaItemDocument.update({
        where: { itemId_documentId: { itemId: link.itemId, documentId: link.documentId } },
        data: { position },
      });
    }
  }
}

/** Adds the document at the end of each item's documents; items it is already attached to are left as they are. */
export async function attachDocument(
  db: Db,
  actor: Actor,
  input: { documentId: string; itemIds: string[] },
): Promise<{ attached: number }> {
  const itemIds = [...new Set(input.itemIds)];
  return db.$transaction(async (tx) => {
    const document = await tx.document.findUnique({
      where: { id: input.documentId },
      select: { id: true, symbol: true, bodyId: true },
    });
    const items = await tx.agendaItem.findMany({
      where: { id: { in: itemIds } },
      select: { id: true, sessionId: true, session: { select: { bodyId: true } } },
    });
    if (!document || items.length !== itemIds.length) throw new AppError("not-found");
    // Documents belong to a body: they are listed under the agenda items of that body's sessions only.
    if (items.some((item) => item.session.bodyId !== document.bodyId)) throw new AppError("invalid-state");
    await lockItems(tx, itemIds);
    await compactPositions(tx, itemIds);
    const links = await tx.agendaItemDocument.findMany({
      where: { itemId: { in: itemIds } },
      select: { itemId: true, documentId: true },
    });
    let attached = 0;
    for (const item of items) {
      const ofItem = links.filter((link) => link.itemId === item.id);
      if (ofItem.some((link) => link.documentId === document.id)) continue;
      const link = await tx.agendaItemDocument.create({
        data: { itemId: item.id, documentId: document.id, position: ofItem.length + 1 },
        select: { itemId: true, documentId: true, position: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        sessionId: item.sessionId,
        entityType: "Document",
        entityId: document.id,
        action: "attach",
        after: { ...link, symbol: document.symbol },
      });
      attached++;
    }
    return { attached };
  });
}

export async function detachDocument(
  db: Db,
  actor: Actor,
  input: { documentId: string; itemId: string },
): Promise<null> {
  return db.$transaction(async (tx) => {
    await lockItems(tx, [input.itemId]);
    const key = { itemId_documentId: { itemId: input.itemId, documentId: input.documentId } };
    const link = await tx.agendaItemDocument.findUnique({
      where: key,
      select: {
        itemId: true,
        documentId: true,
        position: true,
        item: { select: { sessionId: true } },
        document: { select: { symbol: true } },
      },
    });
    if (!link) throw new AppError("not-found");
    await tx.agendaItemDocument.delete({ where: key });
    await compactPositions(tx, [input.itemId]);
    const before = {
      itemId: link.itemId,
      documentId: link.documentId,
      position: link.position,
      symbol: link.document.symbol,
    };
    await recordAudit(tx, {
      actorId: actor.id,
      sessionId: link.item.sessionId,
      entityType: "Document",
      entityId: input.documentId,
      action: "detach",
      before,
    });
    return null;
  });
}
