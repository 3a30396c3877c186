import "server-only";
import type { Actor } from "../auth/types";
import { recordAudit } from "../audit/mutations";
import { issueOriginal, withdrawIssues } from "../revisions/mutations";
import type { Db } from "../db";
import { isUniqueViolation } from "../db-errors";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { toLocalizedText, withText } from "../i18n/localized-text";
import { asLocale, isLocale, LOCALES, type Locale } from "../i18n/locales";
import type { z } from "zod";
import { isoDay } from "../validation/dates";
import { mergeConflict, mergeFields } from "../edit-conflicts/merge";
import type { createSessionSchema, sessionFieldsSchema } from "./schema";
import { freeSlug } from "./tree/mutations";

type Tx = Prisma.TransactionClient;
type SessionFields = z.output<typeof sessionFieldsSchema>;

/** Columns a session form edits; title, venue and document title are written in the session's original language. */
function sessionData(fields: SessionFields, existing?: { title: unknown; venue: unknown; documentTitle?: unknown }) {
  const lang = fields.originalLanguage;
  return {
    ordinal: fields.ordinal,
    title: { ...(existing?.title as object | undefined), [lang]: fields.title },
    venue: { ...(existing?.venue as object | undefined), [lang]: fields.venue },
    timeZone: fields.timeZone,
    startDate: new Date(fields.startDate),
    endDate: new Date(fields.endDate),
    originalLanguage: lang,
    plenaryMeetings: fields.plenaryMeetings,
    interpretationLanguages: fields.interpretationLanguages,
    agendaSymbol: fields.agendaSymbol,
    documentTitle:
      fields.documentTitle === undefined
        ? ((existing?.documentTitle ?? {}) as Prisma.InputJsonValue)
        : withText(existing?.documentTitle, lang, fields.documentTitle),
  };
}

export const SESSION_AUDIT_FIELDS = {
  id: true,
  ordinal: true,
  title: true,
  venue: true,
  timeZone: true,
  startDate: true,
  endDate: true,
  originalLanguage: true,
  plenaryMeetings: true,
  interpretationLanguages: true,
  agendaSymbol: true,
  documentTitle: true,
  status: true,
  version: true,
} satisfies Prisma.SessionSelect;

function duplicateOrdinal(error: unknown): never {
  if (isUniqueViolation(error, "ordinal"))
    throw new AppError("validation", { fields: { "session.ordinal": "duplicateOrdinal" } });
  throw error;
}

export async function createSession(
  db: Db,
  actor: Actor,
  input: z.output<typeof createSessionSchema>,
): Promise<{ id: string }> {
  return db
    .$transaction(async (tx) => {
      let bodyId: string;
      if (input.body.kind === "existing") {
        const body = await tx.body.findUnique({ where: { id: input.body.bodyId }, select: { id: true } });
        if (!body) throw new AppError("validation", { fields: { "body.bodyId": "required" } });
        bodyId = body.id;
      } else {
        const fields = input.body.body;
        if (await tx.body.findUnique({ where: { symbolPrefix: fields.symbolPrefix }, select: { id: true } })) {
          throw new AppError("validation", { fields: { "body.body.symbolPrefix": "duplicatePrefix" } });
        }
        if (fields.parentId && !(await tx.body.findUnique({ where: { id: fields.parentId }, select: { id: true } }))) {
          throw new AppError("validation", { fields: { "body.body.parentId": "invalid" } });
        }
        const body = await tx.body.create({
          data: {
            name: { [input.session.originalLanguage]: fields.name },
            symbolPrefix: fields.symbolPrefix,
            parentId: fields.parentId,
            sessionTerm: fields.sessionTerm,
            originalLanguage: input.session.originalLanguage,
          },
        });
        await recordAudit(tx, {
          actorId: actor.id,
          sessionId: null,
          entityType: "Body",
          entityId: body.id,
          action: "create",
          after: body,
        });
        bodyId = body.id;
      }
      const body = await tx.body.findUniqueOrThrow({ where: { id: bodyId }, select: { symbolPrefix: true } });
      const slug = await freeSlug(
        tx,
        body.symbolPrefix,
        Number(input.session.startDate.slice(0, 4)),
        input.session.ordinal,
      );
      const session = await tx.session.create({
        data: { ...sessionData(input.session), bodyId, slug, status: "DRAFT" },
        select: SESSION_AUDIT_FIELDS,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        sessionId: session.id,
        entityType: "Session",
        entityId: session.id,
        action: "create",
        after: session,
      });
      return { id: session.id };
    })
    .catch(duplicateOrdinal);
}

/** Throws "conflict" with the current values when the row changed since `version`, "not-found" when it is gone. */
export async function assertVersion(tx: Tx, id: string, version: number) {
  const current = await tx.session.findUnique({ where: { id }, select: SESSION_AUDIT_FIELDS });
  if (!current) throw new AppError("not-found");
  if (current.version !== version)
    throw new AppError("conflict", { details: { current: JSON.parse(JSON.stringify(current)) } });
  return current;
}

/** The stored session as its form holds it, so that it compares field by field with what a form sends. */
function formValues(row: Prisma.SessionGetPayload<{ select: typeof SESSION_AUDIT_FIELDS }>): SessionFields {
  const lang = asLocale(row.originalLanguage);
  return {
    ordinal: row.ordinal,
    title: toLocalizedText(row.title)[lang] ?? "",
    venue: toLocalizedText(row.venue)[lang] ?? "",
    timeZone: row.timeZone,
    startDate: isoDay(row.startDate),
    endDate: isoDay(row.endDate),
    originalLanguage: lang,
    plenaryMeetings: row.plenaryMeetings,
    interpretationLanguages: inUnOrder(row.interpretationLanguages.filter(isLocale)),
    agendaSymbol: row.agendaSymbol,
    documentTitle: toLocalizedText(row.documentTitle)[lang] ?? "",
  };
}

// The dates are one range, and title and venue are each written in the original language: merged as wholes.
const TOGETHER = [
  ["startDate", "endDate"],
  ["originalLanguage", "title"],
  ["originalLanguage", "venue"],
  ["originalLanguage", "documentTitle"],
] as const satisfies ReadonlyArray<ReadonlyArray<keyof SessionFields>>;

// Ticking languages in another order is no change.
const inUnOrder = (languages: readonly Locale[]) => LOCALES.filter((l) => languages.includes(l));
const normalised = <T extends Partial<SessionFields>>(values: T): T =>
  values.interpretationLanguages
    ? { ...values, interpretationLanguages: inUnOrder(values.interpretationLanguages) }
    : values;

/**
 * Saves the session form. When someone else saved since the form was loaded (`version` is stale), only the fields
 * this user changed from `base` are written over theirs; a field both changed differently is a "conflict" whose
 * details give, per field, the current value and this user's, with the current version to save again on.
 */
export async function updateSession(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
  fields: SessionFields,
  base?: Partial<SessionFields>,
): Promise<{ version: number }> {
  const mine = normalised(fields);
  return db
    .$transaction(async (tx) => {
      // A save that commits between this read and the write below moves the version on; the write then finds
      // no row, and the merge runs again against what that save stored.
      for (let attempt = 0; attempt < 3; attempt++) {
        const before = await tx.session.findUnique({ where: { id }, select: SESSION_AUDIT_FIELDS });
        if (!before) throw new AppError("not-found");
        let values = mine;
        if (before.version !== version) {
          const current = formValues(before);
          const merged = mergeFields(base && normalised(base), mine, current, TOGETHER);
          if (!merged.ok) throw mergeConflict(before.version, current, merged);
          values = merged.values;
        }
        const { count } = await tx.session.updateMany({
          where: { id, version: before.version },
          data: { ...sessionData(values, before), version: { increment: 1 } },
        });
        if (count !== 1) continue;
        const after = await tx.session.findUniqueOrThrow({ where: { id }, select: SESSION_AUDIT_FIELDS });
        await recordAudit(tx, {
          actorId: actor.id,
          sessionId: id,
          entityType: "Session",
          entityId: id,
          action: "update",
          before,
          after,
        });
        return { version: after.version };
      }
      throw new AppError("conflict");
    })
    .catch(duplicateOrdinal);
}

export async function deleteDraftSession(db: Db, actor: Actor, id: string, version: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await assertVersion(tx, id, version);
    if (before.status !== "DRAFT") throw new AppError("invalid-state");
    // Deleted only if still this version and still a draft: a publish committed meanwhile wins.
    const deleted = await tx.session.deleteMany({ where: { id, version, status: "DRAFT" } });
    if (deleted.count !== 1) throw new AppError("conflict");
    await recordAudit(tx, {
      actorId: actor.id,
      sessionId: null,
      entityType: "Session",
      entityId: id,
      action: "delete",
      before,
    });
  });
}

const ALLOWED: Record<string, string[]> = {
  DRAFT: ["PROVISIONAL"],
  PROVISIONAL: ["DRAFT", "ADOPTED"],
  ADOPTED: ["CLOSED", "PROVISIONAL"],
  CLOSED: ["ADOPTED"],
};

export async function setSessionStatus(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
  status: "DRAFT" | "PROVISIONAL" | "ADOPTED" | "CLOSED",
  /** Publishing over warnings: the reason and the kinds of warning overridden, written into the audit event. */
  override?: { overrideReason: string; overriddenWarnings: string[] },
): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    const before = await assertVersion(tx, id, version);
    if (!ALLOWED[before.status]?.includes(status)) throw new AppError("invalid-state");
    const { count } = await tx.session.updateMany({
      where: { id, version },
      data: { status, statusChangedAt: new Date(), version: { increment: 1 } },
    });
    // Another save committed after the check above: it wins, and this change is told so.
    if (count !== 1) throw new AppError("conflict");
    // Published, the agenda is issued: what the public reads is fixed until a revision. Withdrawn, it is not issued.
    if (before.status === "DRAFT") await issueOriginal(tx, id, actor.id);
    if (status === "DRAFT") await withdrawIssues(tx, id);
    const after = await tx.session.findUniqueOrThrow({ where: { id }, select: SESSION_AUDIT_FIELDS });
    await recordAudit(tx, {
      actorId: actor.id,
      sessionId: id,
      entityType: "Session",
      entityId: id,
      action: `status:${status}`,
      before,
      after: override ? { ...after, ...override } : after,
    });
    return { version: after.version };
  });
}
