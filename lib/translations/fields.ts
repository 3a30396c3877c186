/**
 * The one list of what can be translated. The page's read, the save's validation and the page itself
 * all take their fields from here, so a field added to one is never missing from the others.
 */

export interface TranslatableFieldSpec {
  /** Column name on the entity's row (a LocalizedText JSON column). */
  name: string;
  maxLength: number;
  /** Markdown paragraphs rather than a one-line label: edited in a taller box. */
  multiline: boolean;
}

export const TRANSLATABLE_FIELDS = {
  body: [{ name: "name", maxLength: 300, multiline: false }],
  session: [
    { name: "title", maxLength: 500, multiline: false },
    { name: "venue", maxLength: 200, multiline: false },
    { name: "documentTitle", maxLength: 300, multiline: false },
  ],
  item: [
    { name: "title", maxLength: 1000, multiline: false },
    { name: "annotation", maxLength: 20000, multiline: true },
  ],
  document: [
    { name: "title", maxLength: 1000, multiline: false },
    { name: "description", maxLength: 2000, multiline: true },
  ],
} as const satisfies Record<string, readonly TranslatableFieldSpec[]>;

export type TranslatableEntity = keyof typeof TRANSLATABLE_FIELDS;
export type TranslatableField<E extends TranslatableEntity> = (typeof TRANSLATABLE_FIELDS)[E][number]["name"];

export const TRANSLATABLE_ENTITIES = Object.keys(TRANSLATABLE_FIELDS) as TranslatableEntity[];

/** The audit log names entities by their model. */
export const AUDIT_ENTITY_TYPE = {
  body: "Body",
  session: "Session",
  item: "AgendaItem",
  document: "Document",
} as const satisfies Record<TranslatableEntity, string>;

export function isTranslatableEntity(value: unknown): value is TranslatableEntity {
  return typeof value === "string" && Object.hasOwn(TRANSLATABLE_FIELDS, value);
}

export function fieldSpec(entity: TranslatableEntity, field: string): TranslatableFieldSpec | undefined {
  return (TRANSLATABLE_FIELDS[entity] as readonly TranslatableFieldSpec[]).find((spec) => spec.name === field);
}

export function fieldNames<E extends TranslatableEntity>(entity: E): Array<TranslatableField<E>> {
  return TRANSLATABLE_FIELDS[entity].map((spec) => spec.name) as Array<TranslatableField<E>>;
}

/** A Prisma `select` of exactly the translatable columns of one entity. */
export function translatableSelect<E extends TranslatableEntity>(entity: E): { [K in TranslatableField<E>]: true } {
  return Object.fromEntries(fieldNames(entity).map((name) => [name, true])) as { [K in TranslatableField<E>]: true };
}

/** The key of one field's state in a row's `translationStates`: "title.fr". */
export function stateKey(field: string, locale: string): string {
  return `${field}.${locale}`;
}
