import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";

// The open-data pages, left to right and right to left, pass axe's WCAG 2.1 AA rules like every public page.
for (const path of [
  "/en/documents?q=wg.4%202018",
  "/ar/documents?q=CTOC",
  "/en/journal/2018-07-02",
  "/ar/journal/2018-07-02",
  "/en/api",
  "/ar/api",
]) {
  test(`${path} has no WCAG A/AA violations`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(summary).toEqual([]);
  });
}
