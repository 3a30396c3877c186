import type { ActionResult } from "@/lib/actions/result";
import { applyChoices, type Choice, type FieldValues, type MergeConflictDetails } from "@/lib/edit-conflicts/merge";

/** The field-by-field conflict a save was refused with, if that is why it was refused. */
export function mergeConflictOf<T extends FieldValues>(
  result: ActionResult<unknown> | null,
): MergeConflictDetails<T> | undefined {
  if (!result || result.ok || result.error.code !== "conflict") return undefined;
  const details = result.error.details as Partial<MergeConflictDetails<T>> | undefined;
  if (!details?.current || !details.merged || !Array.isArray(details.conflicts)) return undefined;
  return details as MergeConflictDetails<T>;
}

/**
 * What the form saves next after this user's choices: the merged values with each conflicting field as chosen,
 * on top of the version now stored, whose values become the form's new starting point.
 */
export function resolvedSave<T extends FieldValues>(
  conflict: MergeConflictDetails<T>,
  choices: Readonly<Record<string, Choice>>,
) {
  const { version, ...current } = conflict.current;
  return { version, base: current as unknown as T, values: applyChoices(conflict.merged, conflict.conflicts, choices) };
}
