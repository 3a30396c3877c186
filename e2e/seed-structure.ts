import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

/**
 * The structure of the reference session (the eighth meeting of the Working Group on Trafficking in Persons)
 * as its public page must show it, whoever made the session: the seed, a secretariat typing it in, or an import.
 */

interface ReferenceItem {
  number: string;
  title: { zh: string; en: string };
  annotation?: { zh: string[] };
  documents: Array<{
    symbol: string;
    kind: string;
    issuedBy: string;
    title: { zh: string; en: string };
    description: { zh: string };
  }>;
  subItems?: ReferenceItem[];
}

/** The reference session as structured data (prisma/seed-data), read by the specs that rebuild it. */
export const REFERENCE = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "../prisma/seed-data/ctoc-cop-wg4-2018-1.expected.json"), "utf8"),
) as {
  body: {
    name: { zh: string; en: string };
    symbolPrefix: string;
    parent: { name: { zh: string; en: string }; symbolPrefix: string };
  };
  session: {
    ordinal: number;
    title: { zh: string; en: string };
    venue: { zh: string; en: string };
    agendaSymbol: string;
  };
  items: ReferenceItem[];
};

/** The text of the reference agenda, as extracted from the Chinese PDF. */
export const REFERENCE_TEXT_PATH = path.resolve(import.meta.dirname, "../prisma/seed-data/ctoc-cop-wg4-2018-1.zh.txt");

export const SEED_SYMBOLS = ["CTOC/COP/WG.4/2018/2", "CTOC/COP/WG.4/2018/CRP.1"] as const;

export interface SeedPage {
  locale: "zh" | "en";
  /** The session's title as the heading shows it. */
  title: string;
  /** The dates as the header writes them, e.g. "2–3 July 2018". */
  dates: string;
  /** Titles of items 1–5, then of sub-items 1(a) and 1(b). */
  items: readonly string[];
  subItems: readonly string[];
  /** The background paper listed under item 2, then the conference room paper listed under (and cited in) item 3. */
  symbols: readonly [string, string];
  /** "(continued)" in the page's language. */
  continued: string;
  /**
   * False when the session has no text in the page's language: titles are then shown in the original (marked
   * with its lang), and each section says so once at its top.
   */
  translated?: boolean;
}

export const SEED_PAGES = {
  zh: {
    locale: "zh",
    title: "贩运人口问题工作组第八次会议",
    dates: "2018年7月2日至3日",
    items: [
      "组织事项",
      "贩运人口案件中的国际合作：考虑受害者的需求和权利",
      "拟订用于审议《禁止贩运人口议定书》实施情况的调查问卷",
      "其他事项",
      "通过报告",
    ],
    subItems: ["会议开幕", "通过议程和工作安排"],
    symbols: SEED_SYMBOLS,
    continued: "（续）",
  },
  en: {
    locale: "en",
    title: "Eighth meeting of the Working Group on Trafficking in Persons",
    dates: "2–3 July 2018",
    items: [
      "Organizational matters",
      "International cooperation in trafficking in persons cases: considering the needs and rights of victims",
      "Development of the questionnaire for the review of implementation of the Trafficking in Persons Protocol",
      "Other matters",
      "Adoption of the report",
    ],
    subItems: ["Opening of the meeting", "Adoption of the agenda and organization of work"],
    symbols: SEED_SYMBOLS,
    continued: "(continued)",
  },
} as const satisfies Record<"zh" | "en", SeedPage>;

/**
 * The public session page, already open, shows the reference structure: five items and 1(a)/1(b) with their
 * titles, both documents listed and linked from items 2 and 3 (and from item 3's annotation), and the four
 * slots over two days with "(continued)" on item 2 in slot 2 and item 3 in slot 3.
 */
export async function expectSeedStructure(page: Page, expected: SeedPage): Promise<void> {
  const translated = expected.translated ?? true;
  await expect(page.locator("html")).toHaveAttribute("lang", expected.locale);
  const heading = page.getByRole("heading", { level: 1 });
  if (translated) await expect(heading).toHaveText(expected.title);
  else await expect(heading).toContainText(expected.title);
  await expect(page.getByText(expected.dates).first()).toBeVisible();

  const agenda = page.getByRole("region", { name: expected.locale === "zh" ? "临时议程" : "Provisional agenda" });
  const topLevel = agenda.locator(":scope > div > ol > li");
  await expect(topLevel).toHaveCount(5);
  for (const [index, title] of expected.items.entries()) {
    await expect(topLevel.nth(index)).toHaveAttribute("data-item-number", String(index + 1));
    await expect(topLevel.nth(index).locator("a").first()).toContainText(title);
  }
  await expect(agenda.locator('[data-item-number="1(a)"]')).toContainText(expected.subItems[0] ?? "");
  await expect(agenda.locator('[data-item-number="1(b)"]')).toContainText(expected.subItems[1] ?? "");

  const [background, crp] = expected.symbols;
  for (const symbol of expected.symbols) {
    await expect(page.locator(`[data-symbol="${symbol}"]`)).toBeVisible();
  }
  await expect(page.locator("#item-2").getByRole("link", { name: background })).toBeVisible();
  await expect(page.locator("#item-3").getByRole("link", { name: crp }).first()).toBeVisible();
  // The symbol written in the annotation's running text links to the document too, not only the documentation list.
  await expect(page.locator("#item-3").getByRole("paragraph").getByRole("link", { name: crp })).toHaveAttribute(
    "href",
    /^#doc-/,
  );

  const slots = page.locator("tbody[data-slot]");
  await expect(slots).toHaveCount(4);
  await expect(page.locator("table[data-day]")).toHaveCount(2);
  const continued = page.locator("tbody[data-slot] tr", { hasText: expected.continued });
  await expect(continued).toHaveCount(2);
  const secondSlotFirstRow = slots.nth(1).locator("tr").first();
  if (translated) {
    await expect(secondSlotFirstRow).toContainText(
      `${expected.items[1]}${expected.locale === "zh" ? "" : " "}${expected.continued}`,
    );
  } else {
    await expect(secondSlotFirstRow).toContainText(expected.items[1] ?? "");
    await expect(secondSlotFirstRow).toContainText(expected.continued);
  }
  await expect(secondSlotFirstRow.locator("td").first()).toHaveText("2");
  await expect(slots.nth(2).locator("tr").first()).toContainText(expected.continued);
  await expect(slots.nth(2).locator("td").first()).toHaveText("3");
}
