import { readFile } from "node:fs/promises";
import { expect, SEED_SLUG, test } from "./fixtures";
import { PublicSessionPage } from "./pages/public-session-page";
import { createOpenDataFixture } from "../lib/testing/open-data-fixture";

test("a delegate subscribes to the reference session's calendar from its page", async ({ page }) => {
  await new PublicSessionPage(page).goto(SEED_SLUG);
  const subscribe = page.getByRole("link", { name: "Subscribe to the calendar" });
  await expect(subscribe).toHaveAttribute("href", `/en/sessions/${SEED_SLUG}/calendar.ics`);
  const [download] = await Promise.all([page.waitForEvent("download"), subscribe.click()]);
  const ics = await readFile((await download.path()) ?? "", "utf8");
  expect(ics).toContain("BEGIN:VCALENDAR");
  expect(ics).toContain("TZID:Europe/Vienna");
  // The reference session's four meetings, the first at 10 a.m. in Vienna on 2 July 2018.
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(4);
  expect(ics).toContain("DTSTART;TZID=Europe/Vienna:20180702T100000");
  expect(ics).toContain("LOCATION:Vienna");
  expect(ics.replace(/\r\n /g, "")).toContain("(continued)");
});

test("the body's calendar holds its published sessions", async ({ request }) => {
  const response = await request.get("/zh/bodies/CTOC/COP/WG.4/calendar.ics");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/calendar");
  const ics = await response.text();
  expect(ics).toContain("X-WR-CALNAME:贩运人口问题工作组");
  expect(ics).toContain("LOCATION:维也纳");
  expect((await request.get("/en/bodies/NO/SUCH/calendar.ics")).status()).toBe(404);
});

test("language versions: registered links, the official system for the rest, and no button for what does not exist", async ({
  page,
  db,
}) => {
  const fixture = await createOpenDataFixture(db);
  try {
    const reader = new PublicSessionPage(page);
    await reader.goto(fixture.slug);
    const general = reader.document(fixture.symbols.general);
    await expect(general.getByRole("link", { name: `English version of ${fixture.symbols.general}` })).toHaveAttribute(
      "href",
      "https://example.org/en.pdf",
    );
    // Registered without a URL: found in the official document system by symbol and language.
    await expect(
      general.getByRole("link", {
        name: `Français version of ${fixture.symbols.general}, in the official document system`,
      }),
    ).toHaveAttribute("href", `https://undocs.org/fr/${fixture.symbols.general}`);
    await expect(general.getByRole("link")).toHaveCount(2);
    await expect(general.getByText("Not available in العربية, 中文, Русский or Español")).toBeVisible();
    // Restricted: the symbol and title, never a link, for an anonymous reader.
    const restricted = reader.document(fixture.symbols.restricted);
    await expect(restricted.getByRole("link")).toHaveCount(0);
    await expect(restricted.getByText("Restricted distribution: available to signed-in delegates")).toBeVisible();
  } finally {
    await fixture.remove();
  }
});
