import { expect, SEED_SLUG, test, uniqueTag } from "./fixtures";
import { hydrated } from "./hydration";

// What a new user meets: limits that say themselves, a hint that points the right way, a favicon, a page that
// shows what is stored after a conflict (once), and a language switcher that keeps the place and remembers.

test("a long title counts its characters and, when too long, says the limit", async ({ secretariat: page }) => {
  await page.goto("/en/admin/sessions/new");
  const title = page.getByLabel("Title", { exact: true });
  await hydrated(title);
  await expect(title).toHaveAccessibleDescription("0 of 500 characters");
  const live = page.locator("#session-title-count + [data-counter-live]");
  await title.fill("a".repeat(300));
  await expect(page.locator("#session-title-count")).toHaveText("300 of 500 characters");
  // Far from the limit, nothing is announced; near it, the characters left; past it, how many too many.
  await expect(live).toHaveText("");
  await title.fill("a".repeat(493));
  await expect(live).toHaveText("7 characters left");
  await title.fill("a".repeat(501));
  await expect(live).toHaveText("1 character too many");
  await page.getByRole("button", { name: "Create draft session" }).click();
  await expect(page.locator("#session-title-error")).toHaveText("Too long: at most 500 characters.");
  await expect(title).toHaveAccessibleDescription("501 of 500 characters Too long: at most 500 characters.");
});

test("the new-session form's language hint describes the language field and names title and venue without 'above'", async ({
  secretariat: page,
}) => {
  for (const locale of ["en", "fr"] as const) {
    await page.goto(`/${locale}/admin/sessions/new`);
    const language = page.locator("#session-originalLanguage");
    await expect(language).toHaveAccessibleDescription(
      locale === "en" ? /Type the session’s title and venue in this language/ : /Saisissez le titre et le lieu/,
    );
    await expect(page.getByText(/above|ci-dessus/)).toHaveCount(0);
  }
});

test("/favicon.ico and the page's icon answer with an image", async ({ request }) => {
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect(ico.headers()["content-type"]).toContain("image/");
  const svg = await request.get("/icon.svg");
  expect(svg.status()).toBe(200);
  expect(await svg.text()).toContain("#0b5394");
});

test("a conflict shows the stored title in the heading and one message, not two", async ({ secretariat: page, db }) => {
  const tag = uniqueTag();
  const body = await db.body.create({ data: { name: { en: "E2E stale" }, symbolPrefix: `E2E/STALE/${tag}` } });
  try {
    const session = await db.session.create({
      data: {
        bodyId: body.id,
        ordinal: 1,
        slug: `stale-${tag}`,
        title: { en: `Old title ${tag}` },
        venue: { en: "Vienna" },
        timeZone: "Europe/Vienna",
        startDate: new Date("2031-05-01"),
        endDate: new Date("2031-05-02"),
        originalLanguage: "en",
      },
    });
    await page.goto(`/en/admin/sessions/${session.id}`);
    const title = page.getByLabel("Title", { exact: true });
    await hydrated(title);
    // Someone else renames the session meanwhile.
    await db.session.update({
      where: { id: session.id },
      data: { title: { en: `Their title ${tag}` }, version: { increment: 1 } },
    });
    await title.fill(`My title ${tag}`);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "You both changed the fields below" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Their title ${tag}`);
    await expect(title).toHaveValue(`My title ${tag}`);
    await expect(page.getByText("Someone else saved a change while you were editing")).toHaveCount(0);
  } finally {
    const sessions = await db.session.findMany({ where: { bodyId: body.id }, select: { id: true } });
    await db.auditEvent.deleteMany({ where: { sessionId: { in: sessions.map((s) => s.id) } } });
    await db.session.deleteMany({ where: { bodyId: body.id } });
    await db.body.delete({ where: { id: body.id } });
  }
});

test("the language switcher keeps the reader's place and / remembers the choice", async ({ page, context }) => {
  await page.goto(`/en/sessions/${SEED_SLUG}`);
  const french = page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Français" });
  await hydrated(french);
  // An anchor the reader followed is kept.
  await page.locator("#agenda-heading + div a[href^='#item-']").nth(3).click();
  const anchor = new URL(page.url()).hash;
  expect(anchor).toMatch(/^#item-/);
  await french.click();
  await expect(page).toHaveURL(new RegExp(`/fr/sessions/${SEED_SLUG}${anchor}$`));
  expect((await context.cookies()).find((cookie) => cookie.name === "NEXT_LOCALE")?.value).toBe("fr");

  // The browser asks for English; the reader chose French last.
  await page.setExtraHTTPHeaders({ "Accept-Language": "en" });
  await page.goto("/");
  await expect(page).toHaveURL(/\/fr$/);
});
