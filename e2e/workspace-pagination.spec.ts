import AxeBuilder from "@axe-core/playwright";
import type { Db } from "../lib/db";
import { expect, removeBody, test, uniqueTag } from "./fixtures";

// The workspace lists grow with the years: the session list and a session's document registry show 50 rows a page,
// with a navigation between pages that names the current one. Rows are arranged in the database: 55 sessions far in
// the future (so they come first in "latest first") and 60 documents for one of them.

async function manyRows(db: Db) {
  const tag = uniqueTag();
  const prefix = `E2E/PG/${tag}`;
  const body = await db.body.create({ data: { name: { en: "E2E pagination" }, symbolPrefix: prefix } });
  await db.session.createMany({
    data: Array.from({ length: 55 }, (_, n) => ({
      bodyId: body.id,
      ordinal: n + 1,
      slug: `e2e-pages-${tag}-${n + 1}`,
      title: { en: `Paged session ${n + 1} ${tag}` },
      venue: { en: "Vienna" },
      timeZone: "Europe/Vienna",
      startDate: new Date(Date.UTC(2996, 0, 1 + n)),
      endDate: new Date(Date.UTC(2996, 0, 2 + n)),
      originalLanguage: "en",
    })),
  });
  const latest = await db.session.findFirstOrThrow({ where: { bodyId: body.id, ordinal: 55 }, select: { id: true } });
  await db.document.createMany({
    data: Array.from({ length: 60 }, (_, n) => ({
      symbol: `${prefix}/2996/${n + 1}`,
      bodyId: body.id,
      title: { en: `Doc ${n + 1}` },
    })),
  });
  return { tag, prefix, sessionId: latest.id, cleanup: () => removeBody(db, { id: body.id }) };
}

test("the secretariat pages through the session list and a registry of more than 50 rows", async ({
  secretariat: page,
  db,
}) => {
  const rows = await manyRows(db);
  try {
    await page.goto("/en/admin");
    const nav = page.getByRole("navigation", { name: "Pages of the session list" });
    await expect(nav).toBeVisible();
    await expect(nav.getByRole("link", { name: "Page 1", exact: true })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("link", { name: `Paged session 55 ${rows.tag}` })).toBeVisible();
    await expect(page.getByRole("link", { name: `Paged session 6 ${rows.tag}` })).toBeVisible();
    await expect(page.getByRole("link", { name: `Paged session 5 ${rows.tag}` })).toHaveCount(0);
    const axe = await new AxeBuilder({ page }).include("nav[aria-label]").withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    await nav.getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/\/en\/admin\?page=2$/);
    const second = page.getByRole("navigation", { name: "Pages of the session list" });
    await expect(second.getByRole("link", { name: "Page 2", exact: true })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("link", { name: `Paged session 5 ${rows.tag}` })).toBeVisible();

    // In French, the navigation speaks French.
    await page.goto("/fr/admin");
    const french = page.getByRole("navigation", { name: "Pages de la liste des sessions" });
    await expect(french.getByRole("link", { name: "Page suivante" })).toBeVisible();

    await page.goto(`/en/admin/sessions/${rows.sessionId}/documents`);
    const registry = page.getByRole("navigation", { name: "Pages of the registry" });
    await expect(registry).toContainText("1–50 of 60");
    await expect(page.locator(`tr[data-symbol="${rows.prefix}/2996/2"]`)).toBeVisible();
    await expect(page.locator(`tr[data-symbol="${rows.prefix}/2996/51"]`)).toHaveCount(0);
    await registry.getByRole("link", { name: "Page 2", exact: true }).click();
    await expect(page).toHaveURL(/\/documents\?page=2$/);
    await expect(page.locator(`tr[data-symbol="${rows.prefix}/2996/51"]`)).toBeVisible();
    await expect(
      page
        .getByRole("navigation", { name: "Pages of the registry" })
        .getByRole("link", { name: "Page 2", exact: true }),
    ).toHaveAttribute("aria-current", "page");
  } finally {
    await rows.cleanup();
  }
});
