import { expect, SEED_SLUG, test, uniqueTag } from "./fixtures";

const SYMBOLS = ["CTOC/COP/WG.4/2018/2", "CTOC/COP/WG.4/2018/CRP.1"];

const EXPECTED = {
  zh: {
    title: "贩运人口问题工作组第八次会议",
    items: ["组织事项", "贩运人口案件中的国际合作：考虑受害者的需求和权利", "拟订用于审议《禁止贩运人口议定书》实施情况的调查问卷", "其他事项", "通过报告"],
    subItems: ["会议开幕", "通过议程和工作安排"],
    continued: "（续）",
    dates: "2018年7月2日至3日",
  },
  en: {
    title: "Eighth meeting of the Working Group on Trafficking in Persons",
    items: [
      "Organizational matters",
      "International cooperation in trafficking in persons cases: considering the needs and rights of victims",
      "Development of the questionnaire for the review of implementation of the Trafficking in Persons Protocol",
      "Other matters",
      "Adoption of the report",
    ],
    subItems: ["Opening of the meeting", "Adoption of the agenda and organization of work"],
    continued: "(continued)",
    dates: "2–3 July 2018",
  },
} as const;

for (const locale of ["zh", "en"] as const) {
  test(`the seed session reads as its document in ${locale}`, async ({ page }) => {
    const expected = EXPECTED[locale];
    const response = await page.goto(`/${locale}/sessions/${SEED_SLUG}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(expected.title);
    await expect(page.getByText(expected.dates).first()).toBeVisible();

    const agenda = page.getByRole("region", { name: locale === "zh" ? "临时议程" : "Provisional agenda" });
    const topLevel = agenda.locator(":scope > div > ol > li");
    await expect(topLevel).toHaveCount(5);
    for (const [index, title] of expected.items.entries()) {
      await expect(topLevel.nth(index)).toHaveAttribute("data-item-number", String(index + 1));
      await expect(topLevel.nth(index).locator("a").first()).toContainText(title);
    }
    await expect(agenda.locator('[data-item-number="1(a)"]')).toContainText(expected.subItems[0]);
    await expect(agenda.locator('[data-item-number="1(b)"]')).toContainText(expected.subItems[1]);

    for (const symbol of SYMBOLS) {
      await expect(page.locator(`[data-symbol="${symbol}"]`)).toBeVisible();
    }
    await expect(page.locator("#item-2").getByRole("link", { name: SYMBOLS[0] })).toBeVisible();
    await expect(page.locator("#item-3").getByRole("link", { name: SYMBOLS[1] }).first()).toBeVisible();

    const slots = page.locator("tbody[data-slot]");
    await expect(slots).toHaveCount(4);
    await expect(page.locator("table[data-day]")).toHaveCount(2);
    const continued = page.locator("tbody[data-slot] tr", { hasText: expected.continued });
    await expect(continued).toHaveCount(2);
    await expect(slots.nth(1).locator("tr").first()).toContainText(`${expected.items[1]}${locale === "zh" ? "" : " "}${expected.continued}`);
    await expect(slots.nth(2).locator("tr").first()).toContainText(expected.continued);
    await expect(slots.nth(2).locator("td").first()).toHaveText("3");
  });
}

test("annotations not yet translated show the original with a visible marker", async ({ page }) => {
  await page.goto(`/en/sessions/${SEED_SLUG}`);
  const opening = page.locator('[id="item-1(a)"]');
  await expect(opening.getByText("Not yet translated: shown in 中文")).toBeVisible();
  await expect(opening.locator('[lang="zh"]')).toContainText("贩运人口问题工作组第八次会议将于 2018 年 7 月 2 日星期一上午 10 时开幕。");
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
    const response = await page.goto(`/en/sessions/draft-${tag}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await page.goto("/en");
    await expect(page.getByText(`Draft session ${tag}`)).toHaveCount(0);
  } finally {
    await db.session.deleteMany({ where: { bodyId: body.id } });
    await db.body.delete({ where: { id: body.id } });
  }
});

test("the list of sessions links to the seed session", async ({ page }) => {
  await page.goto("/zh");
  await page.getByRole("link", { name: "贩运人口问题工作组第八次会议" }).click();
  await expect(page).toHaveURL(new RegExp(`/zh/sessions/${SEED_SLUG}$`));
});

test("the root address chooses the reader's language", async ({ browser }) => {
  const context = await browser.newContext({ locale: "zh-CN", extraHTTPHeaders: { "Accept-Language": "zh-CN,zh;q=0.9" } });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/zh$/);
  await context.close();
});

test("the language switcher keeps the reader on the same page", async ({ page }) => {
  await page.goto(`/en/sessions/${SEED_SLUG}`);
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "العربية" }).click();
  await expect(page).toHaveURL(new RegExp(`/ar/sessions/${SEED_SLUG}$`));
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});
