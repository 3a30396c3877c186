import "server-only";
import type { Actor } from "../auth/types";
import { recordAudit } from "../audit/mutations";
import type { Db } from "../db";
import { isUniqueViolation } from "../db-errors";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { Locale } from "../i18n/locales";
import { freeSlug, writeSessionTree, type TreeItem } from "../sessions/tree/mutations";
import type { DraftItem, ImportDraft } from "./schema";

type Tx = Prisma.TransactionClient;

/**
 * Writes a reviewed import as one new DRAFT session, all or nothing, with one audit entry. Documents are
 * matched by symbol: a document registered before (by hand, or by importing the same text) is linked, not
 * registered twice.
 */
export async function createSessionFromImport(
  db: Db,
  actor: Actor,
  draft: ImportDraft,
): Promise<{ id: string; documentsCreated: number; documentsReused: number; documentsOfOtherBodies: string[] }> {
  const lang = draft.language;
  return db
    .$transaction(
      async (tx) => {
        const body = await resolveBody(tx, draft, actor);
        const s = draft.session;
        const session = await tx.session.create({
          data: {
            bodyId: body.id,
            slug: await freeSlug(tx, body.symbolPrefix, Number(s.startDate.slice(0, 4)), s.ordinal),
            ordinal: s.ordinal,
            title: { [lang]: s.title },
            venue: { [lang]: s.venue },
            documentTitle: draft.documentTitle ? { [lang]: draft.documentTitle } : {},
            timeZone: s.timeZone,
            startDate: new Date(s.startDate),
            endDate: new Date(s.endDate),
            originalLanguage: lang,
            plenaryMeetings: s.plenaryMeetings,
            interpretationLanguages: s.interpretationLanguages,
            agendaSymbol: s.agendaSymbol,
            status: "DRAFT",
          },
          select: { id: true },
        });

        const counts = { documentsCreated: 0, documentsReused: 0, documentsOfOtherBodies: [] as string[] };
        const documentIds = new Map<string, string>();
        for (const doc of draft.items.flatMap(function all(item): DraftItem["documents"] {
          return [...item.documents, ...item.children.flatMap(all)];
        })) {
          if (documentIds.has(doc.symbol) || counts.documentsOfOtherBodies.includes(doc.symbol)) continue;
          const existing = await tx.document.findUnique({
            where: { symbol: doc.symbol },
            select: { id: true, bodyId: true },
          });
          // A body lists only its own registry's documents under its items; another body's stay where they are.
          if (existing && existing.bodyId !== body.id) {
            counts.documentsOfOtherBodies.push(doc.symbol);
            continue;
          }
          if (existing) {
            counts.documentsReused++;
            documentIds.set(doc.symbol, existing.id);
            continue;
          }
          const created = await tx.document.create({
            data: {
              symbol: doc.symbol,
              bodyId: body.id,
              kind: doc.kind,
              title: doc.title ? { [lang]: doc.title } : {},
              description: doc.description ? { [lang]: doc.description } : {},
              issuedBy: doc.issuedBy ? { [lang]: doc.issuedBy } : {},
              originalLanguage: lang,
            },
            select: { id: true },
          });
          counts.documentsCreated++;
          documentIds.set(doc.symbol, created.id);
        }

        if (draft.slots.some((slot) => slot.endMinutes <= slot.startMinutes))
          throw new AppError("validation", { fields: { slots: "invalidTime" } });
        const keys = new Set(
          draft.items.flatMap(function all(item): string[] {
            return [item.key, ...item.children.flatMap(all)];
          }),
        );
        const itemIds = await writeSessionTree(tx, session.id, {
          items: treeItems(draft.items, lang, documentIds),
          // A slot may name an item twice, or one the review removed: each item it still has, once.
          slots: draft.slots.map((slot) => ({
            date: new Date(slot.date),
            startMinutes: slot.startMinutes,
            endMinutes: slot.endMinutes,
            itemKeys: [...new Set(slot.itemKeys.filter((key) => keys.has(key)))],
          })),
        });
        await recordAudit(tx, {
          actorId: actor.id,
          sessionId: session.id,
          entityType: "Session",
          entityId: session.id,
          action: "import",
          after: { items: itemIds.size, slots: draft.slots.length, ...counts },
        });
        return { id: session.id, ...counts };
      },
      { timeout: 60_000 },
    )
    .catch((error: unknown) => {
      if (isUniqueViolation(error, "ordinal"))
        throw new AppError("validation", { fields: { "session.ordinal": "duplicateOrdinal" } });
      throw error;
    });
}

/** The reviewed agenda as the session tree writer takes it: texts in the draft's language, documents found by symbol. */
function treeItems(items: DraftItem[], lang: Locale, documentIds: ReadonlyMap<string, string>): TreeItem[] {
  return items.map((item, index) => ({
    key: item.key,
    position: index + 1,
    title: { [lang]: item.title },
    annotation: item.annotation.trim() ? { [lang]: item.annotation.trim() } : {},
    documentIds: [...new Set(item.documents.map((d) => d.symbol))].flatMap((symbol) => documentIds.get(symbol) ?? []),
    children: treeItems(item.children, lang, documentIds),
  }));
}

async function resolveBody(tx: Tx, draft: ImportDraft, actor: Actor): Promise<{ id: string; symbolPrefix: string }> {
  if (draft.body.kind === "existing") {
    const body = await tx.body.findUnique({
      where: { id: draft.body.bodyId },
      select: { id: true, symbolPrefix: true },
    });
    if (!body) throw new AppError("validation", { fields: { "body.bodyId": "required" } });
    return body;
  }
  const fields = draft.body.body;
  if (await tx.body.findUnique({ where: { symbolPrefix: fields.symbolPrefix }, select: { id: true } })) {
    throw new AppError("validation", { fields: { "body.body.symbolPrefix": "duplicatePrefix" } });
  }
  if (fields.parentId && !(await tx.body.findUnique({ where: { id: fields.parentId }, select: { id: true } }))) {
    throw new AppError("validation", { fields: { "body.body.parentId": "invalid" } });
  }
  const body = await tx.body.create({
    data: {
      name: { [draft.language]: fields.name },
      symbolPrefix: fields.symbolPrefix,
      parentId: fields.parentId,
      sessionTerm: fields.sessionTerm,
      originalLanguage: draft.language,
    },
    select: { id: true, symbolPrefix: true },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    sessionId: null,
    entityType: "Body",
    entityId: body.id,
    action: "create",
    after: { ...fields, via: "import" },
  });
  return body;
}
