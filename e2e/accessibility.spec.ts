import AxeBuilder from "@axe-core/playwright";
import { expect, SEED_SLUG, test } from "./fixtures";
import { WorkspacePage, type WorkspaceTab } from "./pages/workspace-page";

// Every public page, in a left-to-right and the right-to-left language, passes axe's WCAG 2.1 AA rules.
for (const path of [
  "/en",
  "/zh",
  `/en/sessions/${SEED_SLUG}`,
  `/zh/sessions/${SEED_SLUG}`,
  `/ar/sessions/${SEED_SLUG}`,
  // French and Spanish fall back to other languages on this session: the notices and version links pass too.
  `/fr/sessions/${SEED_SLUG}`,
  `/es/sessions/${SEED_SLUG}`,
]) {
  test(`${path} has no WCAG A/AA violations`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(summary).toEqual([]);
  });
}

test("the session page can be read with the keyboard alone", async ({ page }) => {
  await page.goto(`/en/sessions/${SEED_SLUG}`);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main")).toBeFocused();
});

// The secretariat's workspace is used all day, by keyboard and screen reader too: every page passes the same rules.
// One test per page, so a busy machine never runs nine axe analyses against a single time budget. They read the
// reference session, the fullest one there is, and change nothing.
const WORKSPACE_PAGES: ReadonlyArray<WorkspaceTab | "admin" | "admin/sessions/new" | "admin/import" | "admin/bodies"> =
  [
    "admin",
    "admin/sessions/new",
    "admin/import",
    "admin/bodies",
    "",
    "agenda",
    "documents",
    "schedule",
    "translations",
    "history",
  ];
for (const locale of ["en", "ar"] as const) {
  for (const page of WORKSPACE_PAGES) {
    test(`the secretariat workspace page "${page || "overview"}" has no WCAG A/AA violations in ${locale}`, async ({
      secretariat,
      db,
    }) => {
      const session = await db.session.findUniqueOrThrow({ where: { slug: SEED_SLUG }, select: { id: true } });
      const workspace = new WorkspacePage(secretariat, locale);
      if (page.startsWith("admin")) await secretariat.goto(`/${locale}/${page}`);
      else await workspace.goto(session.id, page as WorkspaceTab);
      const path = new URL(secretariat.url()).pathname;
      const results = await new AxeBuilder({ page: secretariat })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      const summary = results.violations.map(
        (v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      );
      expect(summary).toEqual([]);
    });
  }
}
