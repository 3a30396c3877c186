import type { Actor } from "../../auth/types";
import { recordAudit } from "../../audit/mutations";
import type { Db } from "../../db";
import { isUniqueViolation } from "../../db-errors";
import { AppError } from "../../errors";
import { toLocalizedText } from "../../i18n/localized-text";
import { isoDay } from "../../validation/dates";
import { SESSION_AUDIT_FIELDS } from "../mutations";
import { sessionSlug } from "../slug";
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
      const base = sessionSlug(source.body.symbolPrefix, Number(input.startDate.slice(0, 4)), input.ordinal, new Set());
      const taken = await tx.session.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
      const created = await tx.session.create({
        data: {
          bodyId: source.bodyId,
          ordinal: input.ordinal,
          slug: sessionSlug(source.body.symbolPrefix, Number(input.startDate.slice(0, 4)), input.ordinal, new Set(taken.map((t) => t.slug))),
          title: retitle(toLocalizedText(source.title), source.ordinal, input.ordinal),
          venue: source.venue ?? {},
          documentTitle: source.documentTitle ?? {},
          timeZone: source.timeZone,
          startDate: new Date(input.startDate),
          endDate: new Date(shiftDate(isoDay(source.endDate), shift)),
          originalLanguage: source.originalLanguage,
          translationStates: source.translationStates ?? {},
          plenaryMeetings: source.plenaryMeetings,
          interpretationLanguages: source.interpretationLanguages,
          status: "DRAFT",
        },
        select: SESSION_AUDIT_FIELDS,
      });

      // Parents before children: items are created level by level so each child can point to its new parent.
      const newIds = new Map<string, string>();
      let level = source.items.filter((item) => item.parentId === null);
      while (level.length > 0) {
        for (const item of level) {
          const copy = await tx.agendaItem.create({
            data: {
              sessionId: created.id,
              parentId: item.parentId ? newIds.get(item.parentId) ?? null : null,
              position: item.position,
              title: item.title ?? {},
              annotation: item.annotation ?? {},
              translationStates: item.translationStates ?? {},
            },
            select: { id: true },
          });
          newIds.set(item.id, copy.id);
        }
        const ids = new Set(level.map((item) => item.id));
        level = source.items.filter((item) => item.parentId !== null && ids.has(item.parentId));
      }
      for (const slot of source.slots) {
        await tx.timeSlot.create({
          data: {
            sessionId: created.id,
            date: new Date(shiftDate(isoDay(slot.date), shift)),
            startMinutes: slot.startMinutes,
            endMinutes: slot.endMinutes,
            items: { create: slot.items.flatMap((entry) => (newIds.has(entry.itemId) ? [{ itemId: newIds.get(entry.itemId) as string, position: entry.position }] : [])) },
          },
        });
      }
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
      if (isUniqueViolation(error, "ordinal")) throw new AppError("validation", { fields: { ordinal: "duplicateOrdinal" } });
      throw error;
    });
}
