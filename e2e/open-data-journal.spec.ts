import { expect, SEED_SLUG, test } from "./fixtures";

const seedMeetings = (page: import("@playwright/test").Page, locale = "en") =>
  page.locator("[data-meeting]").filter({ has: page.locator(`h2 a[href="/${locale}/sessions/${SEED_SLUG}"]`) });

test("the journal of 2 July 2018 shows the reference session's two meetings, and the next day is a click away", async ({
  page,
}) => {
  await page.goto("/en");
  await page.getByRole("navigation", { name: "Open data" }).getByRole("link", { name: "Journal" }).click();
  await expect(page).toHaveURL(/\/en\/journal\/\d{4}-\d{2}-\d{2}$/);

  await page.goto("/en/journal/2018-07-02");
  const meetings = seedMeetings(page);
  await expect(meetings).toHaveCount(2);
  await expect(meetings.nth(0).getByRole("heading", { level: 2 })).toContainText("10 a.m.–1 p.m.");
  await expect(meetings.nth(1).getByRole("heading", { level: 2 })).toContainText("3–6 p.m.");
  await expect(meetings.nth(0)).toContainText("Vienna");
  // The afternoon continues item 2 and takes up item 3, with its conference room paper.
  await expect(meetings.nth(1).getByText("(continued)")).toHaveCount(1);
  await expect(meetings.nth(1).locator('[data-symbol="CTOC/COP/WG.4/2018/CRP.1"]')).toBeVisible();

  const days = page.getByRole("navigation", { name: "Other days" });
  const nextDay = days.getByRole("link", { name: /^Next day:/ });
  await nextDay.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/journal\/2018-07-03$/);
  await expect(seedMeetings(page)).toHaveCount(2);
  await page
    .getByRole("navigation", { name: "Other days" })
    .getByRole("link", { name: /^Previous day:/ })
    .click();
  await expect(page).toHaveURL(/\/en\/journal\/2018-07-02$/);

  await seedMeetings(page)
    .nth(0)
    .getByRole("link", { name: /Opening of the meeting/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`/en/sessions/${SEED_SLUG}#item-1-1$`));
});

test("a day without meetings says so, in Arabic right to left; a day that is not one is not found", async ({
  page,
}) => {
  await page.goto("/ar/journal/2018-07-02");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(seedMeetings(page, "ar")).toHaveCount(2);
  await page.goto("/en/journal/1999-01-01");
  await expect(page.getByText("No meetings are scheduled on this day.")).toBeVisible();
  expect((await page.goto("/en/journal/2018-02-30"))?.status()).toBe(404);
});
