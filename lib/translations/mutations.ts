import "server-only";
import type { Actor } from "../auth/types";
import { recordAudit } from "../audit/mutations";
import type { Db } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { asLocale, type Locale } from "../i18n/locales";
import { toLocalizedText } from "../i18n/localized-text";
import { fieldState, toTranslationStates, type StoredState, type TranslationState } from "./completeness";
import { AUDIT_ENTITY_TYPE, fieldSpec, stateKey, translatableSelect, type TranslatableEntity } from "./fields";

type Tx = Prisma.TransactionClient;
type JsonObject = Record<string, unknown>;

export interface SetTranslation {
  entity: TranslatableEntity;
  id: string;
  version: number;
  field: string;
  locale: Locale;
  text: string;
  state: StoredState;
  /** The session the change is made from; body and document rows have none of their own. */
  sessionId: string;
}

interface Row {
  version: number;
  originalLanguage: string;
  translationStates: unknown;
  /** The session whose history records the change. */
  sessionId: string | null;
  values: JsonObject;
}

const common = { version: true, originalLanguage: true, translationStates: true } as const;

/** The row with its translatable columns, checking that it belongs to the session the change is made from. */
async function findRow(
  tx: Tx,
  entity: TranslatableEntity,
  id: string,
  sessionId: string | undefined,
): Promise<Row | null> {
  switch (entity) {
    case "body": {
      const row = await tx.body.findUnique({ where: { id }, select: { ...common, ...translatableSelect("body") } });
      if (!row) return null;
      if (sessionId && !(await tx.session.findFirst({ where: { id: sessionId, bodyId: id }, select: { id: true } })))
        return null;
      return { ...row, sessionId: sessionId ?? null, values: row };
    }
    case "session": {
      const row = await tx.session.findUnique({
        where: { id },
        select: { ...common, ...translatableSelect("session") },
      });
      if (!row || (sessionId && sessionId !== id)) return null;
      return { ...row, sessionId: id, values: row };
    }
    case "item": {
      const row = await tx.agendaItem.findUnique({
        where: { id },
        select: {
          ...translatableSelect("item"),
          translationStates: true,
          version: true,
          session: { select: { id: true, originalLanguage: true } },
        },
      });
      if (!row || (sessionId && sessionId !== row.session.id)) return null;
      return { ...row, originalLanguage: row.session.originalLanguage, sessionId: row.session.id, values: row };
    }
    case "document": {
      const row = await tx.document.findUnique({
        where: { id },
        select: { ...common, ...translatableSelect("document") },
      });
      if (!row) return null;
      if (
        sessionId &&
        !(await tx.agendaItemDocument.findFirst({
          where: { documentId: id, item: { sessionId } },
          select: { documentId: true },
        }))
      )
        return null;
      return { ...row, sessionId: sessionId ?? null, values: row };
    }
  }
}

/** Writes only if the row is still at `version`; false when someone else saved first. */
async function writeRow(
  tx: Tx,
  entity: TranslatableEntity,
  id: string,
  version: number,
  data: Record<string, Prisma.InputJsonValue>,
): Promise<boolean> {
  const args = { where: { id, version }, data: { ...data, version: { increment: 1 } } };
  // The four models share the columns written here, but Prisma's delegates have no common type to say so.
  const delegate = { body: tx.body, session: tx.session, item: tx.agendaItem, document: tx.document }[
    entity
  ] as unknown as {
    updateMany(a: typeof args): Promise<{ count: number }>;
  };
  const { count } = await delegate.updateMany(args);
  return count === 1;
}

const asObject = (value: unknown): JsonObject =>
  value && typeof value === "object" && !Array.isArray(value) ? { ...(value as JsonObject) } : {};

function withKey(object: JsonObject, key: string, value: unknown): JsonObject {
  const copy = { ...object };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}

function conflict(row: Row, input: SetTranslation): AppError {
  const original = asLocale(row.originalLanguage);
  const value = {
    field: input.field,
    text: toLocalizedText(row.values[input.field]),
    states: toTranslationStates(row.translationStates),
    originalLanguage: original,
  };
  return new AppError("conflict", {
    details: {
      current: { version: row.version, text: value.text[input.locale] ?? "", state: fieldState(value, input.locale) },
    },
  });
}

/**
 * Sets one field in one language and its state, in one transaction with its audit row. Only that language
 * of that field (and its state key) changes; the original language is edited on the entity's own page.
 */
export async function setTranslation(
  db: Db,
  actor: Actor,
  input: SetTranslation,
): Promise<{ version: number; state: TranslationState }> {
  const spec = fieldSpec(input.entity, input.field);
  if (!spec) throw new AppError("validation", { fields: { field: "unknownField" } });
  const text = input.text.trim();
  if (text.length > spec.maxLength) throw new AppError("validation", { fields: { text: `tooLong:${spec.maxLength}` } });
  if (input.state === "FINAL" && text === "") throw new AppError("validation", { fields: { text: "finalNeedsText" } });

  return db.$transaction(async (tx) => {
    const row = await findRow(tx, input.entity, input.id, input.sessionId);
    if (!row) throw new AppError("not-found");
    if (row.version !== input.version) throw conflict(row, input);
    if (row.originalLanguage === input.locale) throw new AppError("validation", { fields: { locale: "originalText" } });

    const key = stateKey(input.field, input.locale);
    const states = asObject(row.translationStates);
    const localized = asObject(row.values[input.field]);
    const nextLocalized = withKey(localized, input.locale, text || undefined);
    const nextStates = withKey(states, key, text ? input.state : undefined);
    const state: TranslationState = text ? input.state : "MISSING";
    if (localized[input.locale] === nextLocalized[input.locale] && states[key] === nextStates[key])
      return { version: row.version, state };

    const written = await writeRow(tx, input.entity, input.id, input.version, {
      [input.field]: nextLocalized as Prisma.InputJsonValue,
      translationStates: nextStates as Prisma.InputJsonValue,
    });
    if (!written) {
      const current = await findRow(tx, input.entity, input.id, undefined);
      if (!current) throw new AppError("not-found");
      throw conflict(current, input);
    }
    const pick = (object: JsonObject) => (object[key] === undefined ? {} : { [key]: object[key] });
    await recordAudit(tx, {
      actorId: actor.id,
      sessionId: row.sessionId,
      entityType: AUDIT_ENTITY_TYPE[input.entity],
      entityId: input.id,
      action: "translate",
      before: { [input.field]: localized, translationStates: pick(states) },
      after: { [input.field]: nextLocalized, translationStates: pick(nextStates) },
    });
    return { version: input.version + 1, state };
  });
}
