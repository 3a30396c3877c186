import "server-only";
import type { Actor } from "../auth/types";
import { recordAudit } from "../audit/mutations";
import type { Db } from "../db";
import { isUniqueViolation } from "../db-errors";
import { AppError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { withText } from "../i18n/localized-text";
import { asLocale, type Locale } from "../i18n/locales";
import { mergeConflict, mergeFields } from "../edit-conflicts/merge";
import { isoDay } from "../validation/dates";
import { compactPositions, lockItems } from "./item-links/mutations";
import type { DocumentFields } from "./schema";
import { parseSymbol } from "./symbol";

type Tx = Prisma.TransactionClient;
type Json = Record<string, unknown>;

export const DOCUMENT_AUDIT_FIELDS = {
  id: true,
  symbol: true,
  bodyId: true,
  kind: true,
  issuedBy: true,
  issuedOn: true,
  distribution: true,
  title: true,
  description: true,
  originalLanguage: true,
  version: true,
  versions: { orderBy: { locale: "asc" }, select: { locale: true, url: true } },
} satisfies Prisma.DocumentSelect;

const SYMBOL_FIELD = "document.symbol";

/** Mutations may be called without the form's schema (scripts, tests): the parser has the last word on a symbol. */
function canonicalSymbol(input: string): string {
  const parsed = parseSymbol(input);
  if (!parsed.ok)
    throw new AppError("validation", {
      fields: { [SYMBOL_FIELD]: parsed.error.code },
      details: { symbolError: parsed.error },
    });
  return parsed.value.symbol;
}

function duplicate(symbol: string, registeredIn?: string): AppError {
  return new AppError("validation", {
    fields: { [SYMBOL_FIELD]: "duplicateSymbol" },
    details: { duplicate: { symbol, registeredIn: registeredIn ?? null } },
  });
}

// Symbols are unique across all bodies, so a clash may be with another body's registry: say whose.
async function assertSymbolFree(tx: Tx, symbol: string, exceptId?: string): Promise<void> {
  const taken = await tx.document.findUnique({
    where: { symbol },
    select: { id: true, body: { select: { symbolPrefix: true } } },
  });
  if (taken && taken.id !== exceptId) throw duplicate(symbol, taken.body.symbolPrefix);
}

// The check above cannot see a row another transaction is inserting at the same moment; the unique index can.
function uniqueSymbol(symbol: string) {
  return (error: unknown): never => {
    if (isUniqueViolation(error, "symbol")) throw duplicate(symbol);
    throw error;
  };
}

async function sessionContext(tx: Tx, sessionId: string) {
  const session = await tx.session.findUnique({
    where: { id: sessionId },
    select: { id: true, bodyId: true, originalLanguage: true },
  });
  if (!session) throw new AppError("not-found");
  return session;
}

function columns(
  fields: DocumentFields,
  lang: Locale,
  existing?: { issuedBy: unknown; title: unknown; description: unknown },
) {
  return {
    kind: fields.kind,
    distribution: fields.distribution,
    issuedOn: fields.issuedOn ? new Date(fields.issuedOn) : null,
    issuedBy: withText(existing?.issuedBy, lang, fields.issuedBy),
    title: withText(existing?.title, lang, fields.title),
    description: withText(existing?.description, lang, fields.description),
  };
}

const versionRows = (versions: DocumentFields["versions"]) =>
  Object.entries(versions).map(([locale, version]) => ({ locale, url: version?.url ?? null }));

export async function createDocument(
  db: Db,
  actor: Actor,
  input: { sessionId: string; document: DocumentFields },
): Promise<{ id: string; symbol: string }> {
  const symbol = canonicalSymbol(input.document.symbol);
  return db
    .$transaction(async (tx) => {
      const session = await sessionContext(tx, input.sessionId);
      await assertSymbolFree(tx, symbol);
      const created = await tx.document.create({
        data: {
          ...columns(input.document, asLocale(session.originalLanguage)),
          symbol,
          bodyId: session.bodyId,
          originalLanguage: session.originalLanguage,
          versions: { create: versionRows(input.document.versions) },
        },
        select: DOCUMENT_AUDIT_FIELDS,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        sessionId: session.id,
        entityType: "Document",
        entityId: created.id,
        action: "create",
        after: created,
      });
      return { id: created.id, symbol };
    })
    .catch(uniqueSymbol(symbol));
}

/** Throws "conflict" with the current values when the document changed since `version`, "not-found" when it is gone. */
async function assertDocumentVersion(tx: Tx, id: string, version: number, bodyId: string) {
  const current = await tx.document.findUnique({ where: { id }, select: DOCUMENT_AUDIT_FIELDS });
  // A document is edited from the registry of its own body only.
  if (!current || current.bodyId !== bodyId) throw new AppError("not-found");
  if (current.version !== version)
    throw new AppError("conflict", { details: { current: JSON.parse(JSON.stringify(current)) } });
  return current;
}

type AuditedDocument = Prisma.DocumentGetPayload<{ select: typeof DOCUMENT_AUDIT_FIELDS }>;

/** The stored document as its form holds it (texts in the session's language), to compare field by field. */
function formValues(row: AuditedDocument, lang: string): DocumentFields {
  const text = (value: unknown) => String((value as Json | null)?.[lang] ?? "");
  return {
    symbol: row.symbol,
    kind: row.kind,
    issuedBy: text(row.issuedBy),
    issuedOn: row.issuedOn ? isoDay(row.issuedOn) : null,
    distribution: row.distribution,
    title: text(row.title),
    description: text(row.description),
    versions: Object.fromEntries(row.versions.map((v) => [v.locale, { url: v.url }])),
  };
}

/**
 * Saves the document form. When someone else saved since it was loaded (`version` is stale), only the fields this
 * user changed from `base` are written; a field both changed differently is a "conflict" with both values.
 */
export async function updateDocument(
  db: Db,
  actor: Actor,
  input: { sessionId: string; id: string; version: number; document: DocumentFields; base?: Partial<DocumentFields> },
): Promise<{ version: number; symbol: string }> {
  const { id, version } = input;
  const mine = { ...input.document, symbol: canonicalSymbol(input.document.symbol) };
  return db
    .$transaction(async (tx) => {
      const session = await sessionContext(tx, input.sessionId);
      // A save committed between this read and the write below leaves the write nothing to update: read again.
      for (let attempt = 0; attempt < 3; attempt++) {
        const before = await tx.document.findUnique({ where: { id }, select: DOCUMENT_AUDIT_FIELDS });
        // A document is edited from the registry of its own body only.
        if (!before || before.bodyId !== session.bodyId) throw new AppError("not-found");
        let values = mine;
        if (before.version !== version) {
          const current = formValues(before, session.originalLanguage);
          const merged = mergeFields(input.base, mine, current);
          if (!merged.ok) throw mergeConflict(before.version, current, merged);
          values = merged.values;
        }
        if (values.symbol !== before.symbol) await assertSymbolFree(tx, values.symbol, id);
        const { count } = await tx.document.updateMany({
          where: { id, version: before.version },
          data: {
            ...columns(values, asLocale(session.originalLanguage), before),
            symbol: values.symbol,
            version: { increment: 1 },
          },
        });
        if (count !== 1) continue;
        const locales = versionRows(values.versions);
        await tx.documentVersion.deleteMany({
          where: { documentId: id, locale: { notIn: locales.map((v) => v.locale) } },
        });
        // Upserted rather than recreated, so a stored file reference of a kept version survives.
        for (const v of locales) {
          await tx.documentVersion.upsert({
            where: { documentId_locale: { documentId: id, locale: v.locale } },
            create: { ...v, documentId: id },
            update: { url: v.url },
          });
        }
        const after = await tx.document.findUniqueOrThrow({ where: { id }, select: DOCUMENT_AUDIT_FIELDS });
        await recordAudit(tx, {
          actorId: actor.id,
          sessionId: session.id,
          entityType: "Document",
          entityId: id,
          action: "update",
          before,
          after,
        });
        return { version: after.version, symbol: after.symbol };
      }
      throw new AppError("conflict");
    })
    .catch(uniqueSymbol(mine.symbol));
}

// Serialises concurrent attach/detach on the same items, so positions computed from a count stay contiguous.
export async function deleteDocument(
  db: Db,
  actor: Actor,
  input: { sessionId: string; id: string; version: number },
): Promise<{ detachedFrom: number }> {
  return db.$transaction(async (tx) => {
    const session = await sessionContext(tx, input.sessionId);
    const before = await assertDocumentVersion(tx, input.id, input.version, session.bodyId);
    const links = await tx.agendaItemDocument.findMany({
      where: { documentId: input.id },
      select: { itemId: true, position: true },
    });
    const itemIds = links.map((link) => link.itemId);
    await lockItems(tx, itemIds);
    // Language versions and agenda links go with the document (cascade); the positions left behind are closed up.
    // Deleted only if still this version: an edit committed meanwhile wins.
    const deleted = await tx.document.deleteMany({ where: { id: input.id, version: input.version } });
    if (deleted.count !== 1) throw new AppError("conflict");
    await compactPositions(tx, itemIds);
    await recordAudit(tx, {
      actorId: actor.id,
      sessionId: session.id,
      entityType: "Document",
      entityId: input.id,
      action: "delete",
      before: { ...before, attachments: links },
    });
    return { detachedFrom: links.length };
  });
}
