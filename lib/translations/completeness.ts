import type { LocalizedText } from "../i18n/localized-text";
import { LOCALES, type Locale } from "../i18n/locales";
import { stateKey } from "./fields";

/** MISSING: no text. DRAFT: text not yet checked. FINAL: text checked and ready to publish. */
export const TRANSLATION_STATES = ["MISSING", "DRAFT", "FINAL"] as const;
export type TranslationState = (typeof TRANSLATION_STATES)[number];
export type StoredState = Exclude<TranslationState, "MISSING">;
export type TranslationStates = Record<string, StoredState>;

/** Reads a row's `translationStates` JSON defensively: only "field.locale" → DRAFT | FINAL survives. */
export function toTranslationStates(value: unknown): TranslationStates {
  const result: TranslationStates = {};
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, state] of Object.entries(value)) {
      if (/^\w+\.\w\w$/.test(key) && (state === "DRAFT" || state === "FINAL")) result[key] = state;
    }
  }
  return result;
}

export interface TranslatableValue {
  field: string;
  text: LocalizedText;
  states: TranslationStates;
  /** The language the row was written in. */
  originalLanguage: Locale;
}

/**
 * The state of one field in one language. Text without a recorded state is a DRAFT; the row's own
 * original language is the text every translation is made from, so when it is present it counts as FINAL.
 */
export function fieldState(value: TranslatableValue, locale: Locale): TranslationState {
  if (!value.text[locale]?.trim()) return "MISSING";
  if (locale === value.originalLanguage) return "FINAL";
  return value.states[stateKey(value.field, locale)] ?? "DRAFT";
}

export interface StateCounts {
  missing: number;
  draft: number;
  final: number;
}

export type Completeness = Record<Locale, StateCounts>;

export function countStates(values: readonly TranslatableValue[]): Completeness {
  const counts = Object.fromEntries(
    LOCALES.map((locale) => [locale, { missing: 0, draft: 0, final: 0 }]),
  ) as Completeness;
  for (const value of values) {
    for (const locale of LOCALES) {
      const state = fieldState(value, locale);
      counts[locale][state === "MISSING" ? "missing" : state === "DRAFT" ? "draft" : "final"] += 1;
    }
  }
  return counts;
}

/**
 * The language most in need of work, other than `original`: most fields missing, then fewest final;
 * ties go to the first language in the UN order.
 */
export function leastCompleteLocale(counts: Completeness, original: Locale): Locale {
  const candidates = LOCALES.filter((locale) => locale !== original);
  let best = candidates[0] ?? original;
  for (const locale of candidates) {
    const a = counts[locale];
    const b = counts[best];
    if (a.missing > b.missing || (a.missing === b.missing && a.final < b.final)) best = locale;
  }
  return best;
}
