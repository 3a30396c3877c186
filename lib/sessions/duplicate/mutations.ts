import "server-only";
import type { Actor } from "../../auth/types";
import { recordAudit } from "../../audit/mutations";
import type { Db } from "../../db";
import { isUniqueViolation } from "../../db-errors";
import { AppError } from "../../errors";
import { toLocalizedText } from "../../i18n/localized-text";
import { isDateInRange, isoDay } from "../../validation/dates";
import { SESSION_AUDIT_FIELDS } from "../mutations";
import { freeSlug, writeSessionTree, type TreeItem } from "../tree/mutations";
import { daysBetween, retitle, shiftDate } from "./retitle";

/**
 * A new DRAFT of the same body from a past session: agenda items and sub-items with their annotations as a
 * starting point, and the organization of work moved to the new dates. Documents are not carried over: each
 * session issues its own.
 */
export async function duplicateSession(
  db: Db,
  actor: Actor,
  input: { sourceId: string; ordinal: number; startDate: string },
): Promise<{ id: string }> {
  return db
    .$transaction(async (tx) => {
      const source = await tx.session.findUnique({
        where: { id: input.sourceId },
        include: {
          body: { select: { symbolPrefix: true } },
          items: { orderBy: [{ parentId: "asc" }, { position: "asc" }] },
          slots: { include: { items: { orderBy: { position: "asc" } } } },
        },
      });
      if (!source) throw new AppError("not-found");
      const shift = daysBetween(isoDay(source.startDate), input.startDate);
      const endDate = shiftDate(isoDay(source.endDate), shift);
      // The first day may be in range while the last, moved by the same days, is not (31 December 2200).
      if (!isDateInRange(endDate)) throw new AppError("validation", { fields: { startDate: "dateOutOfRange" } });
      const created = await tx.session.create({
        data: {
          bodyId: source.bodyId,
          ordinal: input.ordinal,
          slug: await freeSlug(tx, source.body.symbolPrefix, Number(input.startDate.slice(0, 4)), input.ordinal),
          title: retitle(toLocalizedText(source.title), source.ordinal, input.ordinal),
          venue: source.venue ?? {},
          documentTitle: source.documentTitle ?? {},
          timeZone: source.timeZone,
          startDate: new Date(input.startDate),
          endDate: new Date(endDate),
          originalLanguage: source.originalLanguage,
          translationStates: source.translationStates ?? {},
          plenaryMeetings: source.plenaryMeetings,
          interpretationLanguages: source.interpretationLanguages,
          status: "DRAFT",
        },
        select: SESSION_AUDIT_FIELDS,
      });

      // The copied items keep the source's ids as their keys, so the slots find them again.
      const copies = (parentId: string | null): TreeItem[] =>
        source.items
          .filter((item) => item.parentId === parentId)
          .map((item) => ({
            key: item.id,
            position: item.position,
            title: item.title ?? {},
            annotation: item.annotation ?? {},
            translationStates: item.translationStates ?? {},
            children: copies(item.id),
          }));
      const sourceItemIds = new Set(source.items.map((item) => item.id));
      await writeSessionTree(tx, created.id, {
        items: copies(null),
        slots: source.slots.map((slot) => ({
          date: new Date(shiftDate(isoDay(slot.date), shift)),
          startMinutes: slot.startMinutes,
          endMinutes: slot.endMinutes,
          itemKeys: slot.items.map((entry) => entry.itemId).filter((id) => sourceItemIds.has(id)),
        })),
      });
      await recordAudit(tx, {
        actorId: actor.id,
        sessionId: created.id,
        entityType: "Session",
        entityId: created.id,
        action: "duplicate",
        before: { sourceId: source.id },
        after: created,
      });
      return { id: created.id };
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error, "ordinal"))
        throw new AppError("validation", { fields: { ordinal: "duplicateOrdinal" } });
      throw error;
    });
}
