import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { sessionSlug } from "../slug";

type Tx = Prisma.TransactionClient;

/** One agenda item of a session written whole, with its sub-items. */
export interface TreeItem {
  /** How the slots name this item: the import's key, the reference's number, the copied item's id. */
  key: string;
  position: number;
  title: Prisma.InputJsonValue;
  annotation: Prisma.InputJsonValue;
  translationStates?: Prisma.InputJsonValue;
  /** Registered documents listed under the item, in this order. */
  documentIds?: readonly string[];
  children: readonly TreeItem[];
}

/** One time slot of the organization of work, with the items it takes up in order. */
export interface TreeSlot {
  date: Date;
  startMinutes: number;
  endMinutes: number;
  itemKeys: readonly string[];
}

/**
 * Writes the agenda (items, sub-items and the documents under them) and the organization of work of a session
 * that an import, the seed or a duplication makes in one go, inside the caller's transaction. Parents are written
 * before their children, so that each child can point to its parent. Returns the new items' ids by key.
 */
export async function writeSessionTree(
  tx: Tx,
  sessionId: string,
  tree: { items: readonly TreeItem[]; slots: readonly TreeSlot[] },
): Promise<Map<string, string>> {
  const itemIds = new Map<string, string>();
  const writeItems = async (items: readonly TreeItem[], parentId: string | null): Promise<void> => {
    for (const item of items) {
      const row = await tx.agendaItem.create({
        data: {
          sessionId,
          parentId,
          position: item.position,
          title: item.title,
          annotation: item.annotation,
          ...(item.translationStates === undefined ? {} : { translationStates: item.translationStates }),
          documents: {
            create: (item.documentIds ?? []).map((documentId, index) => ({ documentId, position: index + 1 })),
          },
        },
        select: { id: true },
      });
      itemIds.set(item.key, row.id);
      await writeItems(item.children, row.id);
    }
  };
  await writeItems(tree.items, null);

  for (const slot of tree.slots) {
    await tx.timeSlot.create({
      data: {
        sessionId,
        date: slot.date,
        startMinutes: slot.startMinutes,
        endMinutes: slot.endMinutes,
        items: { create: slot.itemKeys.map((key, index) => ({ itemId: itemIdOf(itemIds, key), position: index + 1 })) },
      },
    });
  }
  return itemIds;
}

// Callers leave out what they do not carry over; a key still unknown here is a mistake in the caller.
function itemIdOf(itemIds: ReadonlyMap<string, string>, key: string): string {
  const id = itemIds.get(key);
  if (!id) throw new Error(`A time slot names agenda item ${key}, which is not on the session's agenda.`);
  return id;
}

/** The readable address a new session gets: its body and year, with the number only when that is taken. */
export async function freeSlug(tx: Tx, prefix: string, year: number, ordinal: number): Promise<string> {
  const base = sessionSlug(prefix, year, ordinal, new Set());
  const taken = await tx.session.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return sessionSlug(prefix, year, ordinal, new Set(taken.map((t) => t.slug)));
}
