import { describe, expect, it } from "vitest";
import type { LocalizedText } from "../i18n/localized-text";
import { referenceSession, type SeedItem } from "../seed/reference-session";
import { findAgendaAdoptionItem, isAgendaAdoptionTitle } from "./agenda-adoption";

function flatten(items: readonly SeedItem[]): Array<{ id: string; title: LocalizedText }> {
  return items.flatMap((item) => [{ id: item.number, title: item.title }, ...flatten(item.children)]);
}

describe("finding the item on which the agenda is adopted", () => {
  it("finds 1(b) in the reference session, in Chinese and English alike, and not 'Adoption of the report'", () => {
    const items = flatten(referenceSession().items);
    expect(findAgendaAdoptionItem(items)?.id).toBe("1(b)");
    const chineseOnly = items.map((item) => ({ id: item.id, title: { zh: item.title.zh } }));
    expect(findAgendaAdoptionItem(chineseOnly)?.id).toBe("1(b)");
  });

  it.each([
    { en: "Adoption of the agenda" },
    { en: "Adoption of the agenda and organization of work" },
    { en: "  ADOPTION OF THE AGENDA " },
    { fr: "Adoption de l’ordre du jour et organisation des travaux" },
    { fr: "Adoption de l'ordre du jour" },
    { es: "Aprobación del programa" },
    { es: "Aprobación del programa y organización de los trabajos" },
    { ru: "Утверждение повестки дня" },
    { ru: "Утверждение повестки дня и организация работы" },
    { ar: "إقرار جدول الأعمال" },
    { ar: "إقرار جدول الأعمال وتنظيم الأعمال" },
    { zh: "通过议程" },
    { zh: "通过议程和工作安排" },
  ])("recognises %j", (title) => {
    expect(isAgendaAdoptionTitle(title as LocalizedText)).toBe(true);
  });

  it.each([
    { en: "Adoption of the report" },
    { zh: "通过报告" },
    { fr: "Adoption du rapport" },
    { en: "Organizational matters" },
    { en: "Provisional agenda" },
    {},
  ])("does not take %j for it", (title) => {
    expect(isAgendaAdoptionTitle(title as LocalizedText)).toBe(false);
  });

  it("returns null when no item is the adoption of the agenda", () => {
    expect(findAgendaAdoptionItem([{ id: "1", title: { en: "Opening" } }])).toBeNull();
  });
});
