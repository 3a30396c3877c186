import type { LocalizedText } from "../i18n/localized-text";

/**
 * How each official language titles the item on which the agenda is adopted. A title counts when it starts with
 * one of these ("Adoption of the agenda and organization of work", "通过议程和工作安排"), so "Adoption of the
 * report" or "通过报告" never does.
 */
const TITLE_STARTS = [
  "adoption of the agenda",
  "adoption of agenda",
  "adoption de l'ordre du jour",
  "aprobación del programa",
  "aprobacion del programa",
  "approbation de l'ordre du jour",
  "утверждение повестки дня",
  "утверждение повестки",
  "إقرار جدول الأعمال",
  "اقرار جدول الأعمال",
  "اعتماد جدول الأعمال",
  "通过议程",
];

// Apostrophes, dashes and spaces vary between documents; tatweel and Arabic diacritics are decoration.
function normalize(text: string): string {
  return text
    .normalize("NFC")
    .toLocaleLowerCase("en")
    .replace(/[’‘ʼ`]/gu, "'")
    .replace(/[\u0640\u064B-\u065F]/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
}

export function isAgendaAdoptionTitle(title: LocalizedText): boolean {
  return Object.values(title).some((text) => {
    if (typeof text !== "string") return false;
    const value = normalize(text);
    return TITLE_STARTS.some((start) => value.startsWith(start));
  });
}

/** The first item, in agenda order, whose title in any language is "Adoption of the agenda"; null when none is. */
export function findAgendaAdoptionItem<T extends { id: string; title: LocalizedText }>(
  orderedItems: readonly T[],
): T | null {
  return orderedItems.find((item) => isAgendaAdoptionTitle(item.title)) ?? null;
}
