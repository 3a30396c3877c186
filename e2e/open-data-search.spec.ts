import type { Page } from "@playwright/test";
import { expect, SEED_SLUG, test } from "./fixtures";
import { createOpenDataFixture } from "../lib/testing/open-data-fixture";

/** Types a query into the search box, as a person would, and submits it with Enter. */
async function search(page: Page, query: string) {
  const box = page.getByRole("searchbox", { name: "Symbol or words of the title" });
  await box.fill(query);
  await box.press("Enter");
  await expect(page).toHaveURL(/\/documents\?q=/);
  await expect(box).toHaveValue(query);
}

const resultSymbols = (page: Page) => page.getByRole("heading", { level: 3 });

test("anyone finds CTOC/COP/WG.4/2018/CRP.1 loosely typed or by a word of its Chinese title", async ({ page }) => {
  await page.goto("/en");
  await page.getByRole("navigation", { name: "Open data" }).getByRole("link", { name: "Search documents" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Documents");

  await search(page, "wg.4 2018 crp");
  await expect(resultSymbols(page).first()).toHaveText("CTOC/COP/WG.4/2018/CRP.1");

  await search(page, "调查问卷");
  await expect(resultSymbols(page)).toHaveText(["CTOC/COP/WG.4/2018/CRP.1"]);
  const result = page.locator('[data-symbol="CTOC/COP/WG.4/2018/CRP.1"]');
  await expect(result.getByText("On the agenda of")).toBeVisible();
  await result.getByRole("link", { name: "item 3" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/sessions/${SEED_SLUG}#item-3$`));
});

test("search by symbol prefix, loose symbol and English words", async ({ page }) => {
  await page.goto("/en/documents");
  await search(page, "CTOC/COP/WG.4/2018");
  await expect(resultSymbols(page)).toHaveText(["CTOC/COP/WG.4/2018/2", "CTOC/COP/WG.4/2018/CRP.1"]);
  await search(page, "ctoc cop wg4 2018 2");
  await expect(resultSymbols(page).first()).toHaveText("CTOC/COP/WG.4/2018/2");
  await search(page, "needs and rights of victims");
  await expect(resultSymbols(page)).toHaveText(["CTOC/COP/WG.4/2018/2"]);
  await expect(page.getByRole("status")).toHaveText("1 document matches “needs and rights of victims”.");
});

test("Arabic titles are found without diacritics, on a right-to-left page; drafts never", async ({ page, db }) => {
  const fixture = await createOpenDataFixture(db);
  try {
    await page.goto("/ar/documents");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    const box = page.getByRole("searchbox", { name: "الرمز أو كلمات من العنوان" });
    await box.fill(`الضحايا ${fixture.tag}`);
    await page.getByRole("button", { name: "بحث" }).click();
    await expect(page.getByRole("heading", { level: 3 })).toHaveText([fixture.symbols.general]);
    await box.fill(`Draft only paper ${fixture.tag}`);
    await box.press("Enter");
    await expect(page.getByRole("status")).toContainText("لا توجد وثيقة");
  } finally {
    await fixture.remove();
  }
});
