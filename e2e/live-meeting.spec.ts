import type { Browser, Page } from "@playwright/test";
import ar from "../lib/i18n/messages/ar/session.json" with { type: "json" };
import en from "../lib/i18n/messages/en/session.json" with { type: "json" };
import zh from "../lib/i18n/messages/zh/session.json" with { type: "json" };
import { AppInstance, extraPort } from "./app-instance";
import { chairedSession } from "./chaired-session";
import { expect, removeBody, test, uniqueTag } from "./fixtures";
import { hydrated } from "./hydration";

const MESSAGES = { zh, en, ar } as const;
type Language = keyof typeof MESSAGES;
const heading = (locale: Language, adopted: boolean) =>
  // "{status, select, PROVISIONAL {Provisional agenda} other {Agenda}}"
  MESSAGES[locale].agenda.match(adopted ? /other \{([^}]+)\}/u : /PROVISIONAL \{([^}]+)\}/u)![1]!;

/** An anonymous reader's page, marked so a reload (which would lose the mark) is noticed. */
async function readerPage(browser: Browser, url: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  await hydrated(page.locator("[data-item-status]").first());
  await page.evaluate(() => ((window as unknown as { liveMark: number }).liveMark = 1));
  return page;
}

const notReloaded = (page: Page) => page.evaluate(() => (window as unknown as { liveMark?: number }).liveMark);

async function openConsole(chair: Page, slug: string) {
  await chair.goto(`/en/sessions/${slug}/console`);
  const agenda = chair.getByRole("listbox");
  await hydrated(agenda);
  const settled = () => expect(chair.getByTestId("chair-console")).toHaveAttribute("aria-busy", "false");
  return { agenda, settled };
}

function itemStatus(page: Page, title: RegExp) {
  return page.locator("[data-agenda-title]").filter({ hasText: title }).locator("[data-item-status]");
}

test.describe("every open page follows the chair", () => {
  let session: Awaited<ReturnType<typeof chairedSession>>;
  test.beforeEach(async ({ db }) => {
    session = await chairedSession(db, uniqueTag());
  });
  test.afterEach(async ({ db }) => {
    await removeBody(db, { id: session.bodyId });
  });

  test("readers in zh, en and ar see each step without reloading or losing their place", async ({
    chair,
    browser,
    baseURL,
  }) => {
    const readers = {} as Record<Language, Page>;
    for (const locale of ["zh", "en", "ar"] as const) {
      readers[locale] = await readerPage(browser, `${baseURL}/${locale}/sessions/${session.slug}`);
      await expect(readers[locale].locator("#agenda-heading")).toHaveText(heading(locale, false));
    }
    // The English reader has scrolled down to the organization of work; a live change must not move what they see.
    await readers.en.setViewportSize({ width: 800, height: 400 });
    await readers.en.locator("#work-heading").scrollIntoViewIfNeeded();
    const workTop = () => readers.en.locator("#work-heading").evaluate((node) => node.getBoundingClientRect().top);
    const seenAt = await workTop();

    const { agenda, settled } = await openConsole(chair, session.slug);
    await agenda.getByRole("option", { name: /Substantive item/ }).click();
    const tookUpAt = Date.now();
    await chair.keyboard.press("t");
    for (const locale of ["zh", "en", "ar"] as const) {
      const page = readers[locale];
      await expect(page.locator("[data-now-under-consideration]")).toContainText("Substantive item");
      await expect(itemStatus(page, /Substantive item/)).toHaveAttribute("data-item-status", "UNDER_CONSIDERATION");
      await expect(itemStatus(page, /Substantive item/)).toContainText(MESSAGES[locale].itemStatus.UNDER_CONSIDERATION);
    }
    test
      .info()
      .annotations.push({ type: "delivery", description: `take-up seen by 3 readers in ${Date.now() - tookUpAt} ms` });
    await expect(readers.en.locator("[data-live-announcement]")).toContainText("Now under consideration: item 2");
    await settled();

    await chair.keyboard.press("c");
    for (const page of Object.values(readers)) {
      await expect(itemStatus(page, /Substantive item/)).toHaveAttribute("data-item-status", "CONCLUDED");
      await expect(page.locator("[data-now-under-consideration]")).toHaveCount(0);
    }
    await settled();

    await chair.getByRole("button", { name: "Adopt the agenda…" }).click();
    await chair
      .getByRole("dialog", { name: "Adopt the agenda" })
      .getByRole("button", { name: "Adopt the agenda" })
      .click();
    for (const locale of ["zh", "en", "ar"] as const) {
      await expect(readers[locale].locator("#agenda-heading")).toHaveText(heading(locale, true));
      await expect(itemStatus(readers[locale], /Adoption of the agenda/)).toHaveAttribute(
        "data-item-status",
        "ADOPTED",
      );
    }
    await settled();

    for (const page of Object.values(readers)) expect(await notReloaded(page)).toBe(1);
    // What the reader was looking at stays where it was (the browser scrolls by what was added above it).
    expect(Math.abs((await workTop()) - seenAt)).toBeLessThan(2);
    for (const page of Object.values(readers)) await page.context().close();
  });

  test("a reader on another app instance follows, and catches up after that instance restarts", async ({
    chair,
    browser,
  }, testInfo) => {
    const other = new AppInstance(extraPort(testInfo.workerIndex));
    await other.start();
    try {
      const reader = await readerPage(browser, `${other.url}/en/sessions/${session.slug}`);
      const { agenda, settled } = await openConsole(chair, session.slug);

      await agenda.getByRole("option", { name: /Opening of the meeting/ }).click();
      await chair.keyboard.press("t");
      await expect(reader.locator("[data-now-under-consideration]")).toContainText("Opening of the meeting");
      await settled();

      // The reader's instance goes away; the chair acts meanwhile; the instance comes back.
      await other.stop();
      await expect(reader.locator("[data-live-connection]")).toHaveAttribute("data-live-connection", "reconnecting");
      await chair.keyboard.press("c");
      await settled();
      await other.start();
      await expect(itemStatus(reader, /Opening of the meeting/)).toHaveAttribute("data-item-status", "CONCLUDED", {
        timeout: 60_000,
      });
      await expect(reader.locator("[data-now-under-consideration]")).toHaveCount(0);
      expect(await notReloaded(reader)).toBe(1);
      await reader.context().close();
    } finally {
      await other.stop();
    }
  });
});
