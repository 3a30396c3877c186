import "server-only";
import { orderedItems } from "../agenda/numbering";
import type { Db } from "../db";
import { toLocalizedText } from "../i18n/localized-text";
import { asLocale, type Locale } from "../i18n/locales";
import { toTranslationStates } from "./completeness";
import { fieldNames, translatableSelect, type TranslatableEntity } from "./fields";
import type { TranslationGroup } from "./rows";

export interface TranslationWorkspace {
  sessionId: string;
  originalLanguage: Locale;
  groups: TranslationGroup[];
}

const rowState = { id: true, version: true, translationStates: true } as const;

function group(
  entity: TranslatableEntity,
  row: { id: string; version: number; translationStates: unknown },
  originalLanguage: Locale,
  reference: string | null,
): TranslationGroup {
  const states = toTranslationStates(row.translationStates);
  const columns = row as unknown as Record<string, unknown>;
  return {
    entity,
    id: row.id,
    version: row.version,
    originalLanguage,
    reference,
    fields: fieldNames(entity).map((field) => ({
      field,
      text: toLocalizedText(columns[field]),
      states,
      originalLanguage,
    })),
  };
}

/**
 * Every translatable field of a session in one read: its body, itself, its agenda items in agenda order
 * (numbered in `locale`) and the documents linked to them, each document once, in order of first mention.
 */
export async function getTranslationWorkspace(
  db: Db,
  sessionId: string,
  locale: Locale,
): Promise<TranslationWorkspace | null> {
  const row = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      ...rowState,
      ...translatableSelect("session"),
      originalLanguage: true,
      body: { select: { ...rowState, ...translatableSelect("body"), originalLanguage: true } },
      items: {
        select: {
          ...rowState,
          ...translatableSelect("item"),
          parentId: true,
          position: true,
          documents: {
            orderBy: { position: "asc" },
            select: {
              document: {
                select: { ...rowState, ...translatableSelect("document"), symbol: true, originalLanguage: true },
              },
            },
          },
        },
      },
    },
  });
  if (!row) return null;
  const original = asLocale(row.originalLanguage);
  const items = orderedItems(row.items, locale);
  const seen = new Set<string>();
  const documents = items.flatMap((item) =>
    item.documents.flatMap(({ document }) => {
      if (seen.has(document.id)) return [];
      seen.add(document.id);
      return [group("document", document, asLocale(document.originalLanguage), document.symbol)];
    }),
  );
  return {
    sessionId: row.id,
    originalLanguage: original,
    groups: [
      group("body", row.body, asLocale(row.body.originalLanguage), null),
      group("session", row, original, null),
      // Items have no language of their own: they are written in the session's.
      ...items.map((item) => group("item", item, original, item.number)),
      ...documents,
    ],
  };
}
