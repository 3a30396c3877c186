import type { Locale } from "../i18n/locales";
import { fieldState, type TranslatableValue, type TranslationState } from "./completeness";
import { fieldSpec, type TranslatableEntity } from "./fields";

/** One row to translate (the body, the session, an item or a document) with its translatable fields. */
export interface TranslationGroup {
  entity: TranslatableEntity;
  id: string;
  version: number;
  originalLanguage: Locale;
  /** The derived number of an agenda item ("1(a)") or the symbol of a document. */
  reference: string | null;
  fields: TranslatableValue[];
}

export interface TargetField {
  field: string;
  multiline: boolean;
  maxLength: number;
  /** The text in the row's original language. */
  original: string;
  /** The text in the target language, "" when missing. */
  text: string;
  state: TranslationState;
}

/** What the page sends the browser for one row: the original and one target language, nothing more. */
export interface TargetGroup extends Omit<TranslationGroup, "fields"> {
  /** The target language is this row's own original language, which is not edited here. */
  isOriginal: boolean;
  fields: TargetField[];
}

export function targetGroups(groups: readonly TranslationGroup[], target: Locale): TargetGroup[] {
  return groups.map(({ fields, ...group }) => ({
    ...group,
    isOriginal: group.originalLanguage === target,
    fields: fields.map((value) => {
      const spec = fieldSpec(group.entity, value.field);
      return {
        field: value.field,
        multiline: spec?.multiline ?? false,
        maxLength: spec?.maxLength ?? 0,
        original: value.text[group.originalLanguage] ?? "",
        text: value.text[target] ?? "",
        state: fieldState(value, target),
      };
    }),
  }));
}
