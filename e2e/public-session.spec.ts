import { announceSessionChange, expect, SEED_SLUG, test, uniqueTag } from "./fixtures";
import { PublicSessionPage } from "./pages/public-session-page";
import { expectSeedStructure, SEED_PAGES } from "./seed-structure";

// These tests only read the reference session; those that need other data make their own body and session.

for (const locale of ["zh", "en"] as const) {
  test(`the seed session reads as its document in ${locale}`, async ({ page }) => {
    const response = await new PublicSessionPage(page).goto(SEED_SLUG, locale);
    expect(response?.status()).toBe(200);
    await expectSeedStructure(page, SEED_PAGES[locale]);
  });
}

test("annotations not yet translated show the original, said once for the section", async ({ page }) => {
  const session = new PublicSessionPage(page);
  await session.goto(SEED_SLUG);
  const annotations = page.getByRole("region", { name: "Annotations" });
  await expect(session.fallbackNotices(annotations)).toHaveText([
    "Parts of this section are not yet available in English; shown in Chinese.",
  ]);
  // The agenda itself is complete in English: no notice there, and none on any line.
  await expect(session.fallbackNotices(page.getByRole("region", { name: "Provisional agenda" }))).toHaveCount(0);
  const opening = session.item("1-1");
  await expect(opening.getByText(/Not yet translated/)).toHaveCount(0);
  await expect(opening.locator('[lang="zh"]')).toContainText(
    "贩运人口问题工作组第八次会议将于 2018 年 7 月 2 日星期一上午 10 时开幕。",
  );
});

test("a draft session is not public", async ({ page, db }) => {
  const tag = uniqueTag();
  const body = await db.body.create({ data: { name: { en: "E2E body" }, symbolPrefix: `E2E/${tag}` } });
  try {
    await db.session.create({
      data: {
        bodyId: body.id,
        ordinal: 1,
        slug: `draft-${tag}`,
        title: { en: `Draft session ${tag}` },
        venue: { en: "Geneva" },
        timeZone: "Europe/Zurich",
        startDate: new Date("2030-05-01"),
        endDate: new Date("2030-05-02"),
        originalLanguage: "en",
        status: "DRAFT",
      },
    });
    const reader = new PublicSessionPage(page);
    const response = await reader.goto(`draft-${tag}`);
    expect(response?.status()).toBe(404);
    await expect(reader.heading).toHaveText("Page not found");
    await reader.gotoList();
    await expect(page.getByText(`Draft session ${tag}`)).toHaveCount(0);
  } finally {
    await db.session.deleteMany({ where: { bodyId: body.id } });
    await db.body.delete({ where: { id: body.id } });
  }
});

test("a translation saved as a draft is not public until it is marked final", async ({ page, db }) => {
  const tag = uniqueTag();
  const body = await db.body.create({ data: { name: { en: "E2E body" }, symbolPrefix: `E2E/${tag}` } });
  try {
    const session = await db.session.create({
      data: {
        bodyId: body.id,
        ordinal: 1,
        slug: `drafted-${tag}`,
        title: { en: `English title ${tag}`, fr: `Titre brouillon ${tag}` },
        venue: { en: "Geneva" },
        timeZone: "Europe/Zurich",
        startDate: new Date("2030-05-01"),
        endDate: new Date("2030-05-02"),
        originalLanguage: "en",
        status: "PROVISIONAL",
        translationStates: { "title.fr": "DRAFT" },
        items: {
          create: [
            {
              position: 1,
              title: { en: "Opening", fr: "Ouverture (brouillon)" },
              translationStates: { "title.fr": "DRAFT" },
            },
          ],
        },
      },
    });
    const reader = new PublicSessionPage(page);
    await reader.goto(`drafted-${tag}`, "fr");
    const heading = reader.heading;
    // The title in English, marked lang="en", and one notice for the heading rather than a badge beside it.
    await expect(heading).toHaveText(`English title ${tag}`);
    await expect(heading.locator('[lang="en"]')).toHaveText(`English title ${tag}`);
    await expect(reader.fallbackNotices(page.locator("article > header"))).toHaveText([
      "Certaines parties de cette section ne sont pas encore disponibles en français\u00a0; elles sont présentées en anglais.",
    ]);
    await expect(page.getByText("brouillon")).toHaveCount(0);

    await db.session.update({ where: { id: session.id }, data: { translationStates: { "title.fr": "FINAL" } } });
    await announceSessionChange(db, session.id);
    // Every app instance hears of the change a moment after it commits.
    await expect(async () => {
      await page.reload();
      await expect(heading).toHaveText(`Titre brouillon ${tag}`, { timeout: 1_000 });
    }).toPass();
    await expect(page.getByText("Ouverture (brouillon)")).toHaveCount(0);
  } finally {
    await db.session.deleteMany({ where: { bodyId: body.id } });
    await db.body.delete({ where: { id: body.id } });
  }
});

test("the list of sessions links to the seed session", async ({ page }) => {
  await new PublicSessionPage(page).gotoList("zh");
  // Exact: sessions other specs are making at the same moment may carry this title with a tag after it.
  await page.getByRole("link", { name: "贩运人口问题工作组第八次会议", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/zh/sessions/${SEED_SLUG}$`));
});

test("every earlier session is reached by the year it began", async ({ page }) => {
  await new PublicSessionPage(page).gotoList("en");
  await page.getByRole("navigation", { name: "Earlier sessions, by year" }).getByRole("link", { name: "2018" }).click();
  await expect(page).toHaveURL(/\/en\/years\/2018$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sessions that began in 2018");
  await page
    .getByRole("link", { name: "Eighth meeting of the Working Group on Trafficking in Persons", exact: true })
    .click();
  await expect(page).toHaveURL(new RegExp(`/en/sessions/${SEED_SLUG}$`));
});

test("the root address chooses the reader's language", async ({ browser }) => {
  const context = await browser.newContext({
    locale: "zh-CN",
    extraHTTPHeaders: { "Accept-Language": "zh-CN,zh;q=0.9" },
  });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/zh$/);
  await context.close();
});

test("the language switcher keeps the reader on the same page", async ({ page }) => {
  const session = new PublicSessionPage(page);
  await session.goto(SEED_SLUG);
  await session.languages.getByRole("link", { name: "العربية" }).click();
  await expect(page).toHaveURL(new RegExp(`/ar/sessions/${SEED_SLUG}$`));
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});
