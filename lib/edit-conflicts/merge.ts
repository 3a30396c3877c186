import { AppError } from "../errors";

/**
 * Three-way merge of a form saved over someone else's change, shared by the session form, the agenda item editor,
 * the document form and the slot times form. `base` is what the form was loaded with, `mine` what its user saved, `current` what is
 * stored now. Only the fields this user changed are written: a field they left alone keeps the other person's
 * value, and a field both changed differently is a conflict that this user decides, field by field.
 */

export type FieldValues = Record<string, unknown>;

export interface FieldConflict {
  field: string;
  /** What is stored now (the other person's value). */
  current: unknown;
  /** What this user saved. */
  yours: unknown;
}

/**
 * `values` holds, field by field, the other person's value where this user changed nothing, this user's where only
 * they changed it, and, for a conflict, this user's until they choose (see `applyChoices`).
 */
export type MergeResult<T extends FieldValues> =
  { ok: true; values: T } | { ok: false; values: T; conflicts: FieldConflict[] };

/** Structural equality of the plain JSON values forms carry; arrays compare in order, object keys in any order. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return (a ?? null) === (b ?? null);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((value, index) => sameValue(value, b[index]));
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((key) => sameValue(left[key], right[key]));
}

/**
 * Merges field by field. Without a base (an old client, a script), nothing is known about what this user
 * changed, so every field that differs from the stored one is a conflict: never a silent overwrite.
 *
 * `together` names groups of fields that only make sense as a whole (a start and an end; a text and the language
 * it is written in): when each person changed something in a group, every field of it where they differ is a
 * conflict, rather than a mix that neither of them wrote.
 */
export function mergeFields<T extends FieldValues>(
  base: Partial<T> | undefined,
  mine: T,
  current: T,
  together: ReadonlyArray<ReadonlyArray<keyof T & string>> = [],
): MergeResult<T> {
  const values = { ...current };
  const conflicting = new Set<keyof T & string>();
  const known = (field: keyof T & string) => base !== undefined && base[field] !== undefined;
  const changedByMe = (field: keyof T & string) => !known(field) || !sameValue(mine[field], base?.[field]);
  const changedByThem = (field: keyof T & string) => !known(field) || !sameValue(current[field], base?.[field]);
  const fields = Object.keys(mine) as Array<keyof T & string>;
  for (const field of fields) {
    if (sameValue(mine[field], current[field]) || !changedByMe(field)) continue;
    if (changedByThem(field)) conflicting.add(field);
    values[field] = mine[field];
  }
  for (const group of together) {
    if (!group.some(changedByMe) || !group.some(changedByThem)) continue;
    for (const field of group) {
      if (sameValue(mine[field], current[field])) continue;
      conflicting.add(field);
      values[field] = mine[field];
    }
  }
  // Conflicts in the form's own field order, whichever rule found them.
  const conflicts = fields
    .filter((field) => conflicting.has(field))
    .map((field) => ({ field, current: current[field], yours: mine[field] }));
  return conflicts.length === 0 ? { ok: true, values } : { ok: false, values, conflicts };
}

/** What a refused save tells the form: the stored values and version, the merge so far and the fields to decide. */
export interface MergeConflictDetails<T extends FieldValues = FieldValues> {
  current: T & { version: number };
  merged: T;
  conflicts: FieldConflict[];
}

/** The "conflict" a refused save throws; plain JSON, as it travels to the page. */
export function mergeConflict<T extends FieldValues>(
  version: number,
  current: T,
  merge: { values: T; conflicts: FieldConflict[] },
): AppError {
  const details: MergeConflictDetails<T> = {
    current: { ...current, version },
    merged: merge.values,
    conflicts: merge.conflicts,
  };
  return new AppError("conflict", { details: JSON.parse(JSON.stringify(details)) as Record<string, unknown> });
}

export type Choice = "current" | "yours";

/**
 * The form after a conflict, ready to save again on the current version with the current values as its base:
 * the merge as the server made it, each conflicting field set to the side this user chose.
 */
export function applyChoices<T extends FieldValues>(
  merged: T,
  conflicts: readonly FieldConflict[],
  choices: Readonly<Record<string, Choice>>,
): T {
  const next = { ...merged };
  for (const conflict of conflicts) {
    if (Object.hasOwn(next, conflict.field))
      (next as FieldValues)[conflict.field] = choices[conflict.field] === "current" ? conflict.current : conflict.yours;
  }
  return next;
}
