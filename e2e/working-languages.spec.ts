import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import {
  announceSessionChange,
  createOwnSession,
  expect,
  removeBody,
  SEED_SLUG,
  storageStatePath,
  test,
  uniqueTag,
  type DemoRole,
} from "./fixtures";
import { PublicSessionPage } from "./pages/public-session-page";

// Reading in one's language: the secretariat orders a body's working languages; a reader whose language has no
// final text sees the first working language that has one, and each section says so once at its top.

const FR_NOTICE =
  "Certaines parties de cette section ne sont pas encore disponibles en français ; elles sont présentées en";

/** Every section of the page (the header included) carries at most one notice; returns how many carry one. */
async function expectAtMostOneNoticePerSection(reader: PublicSessionPage): Promise<number> {
  const sections = reader.sections;
  const count = await sections.count();
  expect(count).toBeGreaterThanOrEqual(4);
  let withNotice = 0;
  for (let index = 0; index < count; index += 1) {
    const notices = await reader.fallbackNotices(sections.nth(index)).count();
    expect(notices).toBeLessThanOrEqual(1);
    withNotice += notices;
  }
  // And never a badge on a line.
  await expect(reader.page.locator("article").getByText(/Pas encore traduit/)).toHaveCount(0);
  return withNotice;
}

async function openBodySettings(page: Page, symbolPrefix: string): Promise<void> {
  await page.goto("/en/admin");
  await page.getByRole("link", { name: "Bodies", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bodies");
  await page.getByRole("link", { name: symbolPrefix, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Working languages of ${symbolPrefix}`);
}

test("the secretariat puts Spanish before English, and a French reader sees Spanish, said once per section", async ({
  secretariat,
  page,
  db,
}) => {
  const tag = uniqueTag();
  const { body, session } = await createOwnSession(db, tag);
  try {
    // The item has final Spanish and English text, no French; the session's title has final Spanish too.
    const [item] = session.items;
    if (!item) throw new Error("the session has an item");
    await db.session.update({
      where: { id: session.id },
      data: {
        title: { en: `E2E session ${tag}`, es: `Reunión E2E ${tag}` },
        translationStates: { "title.es": "FINAL" },
      },
    });
    await db.agendaItem.update({
      where: { id: item.id },
      data: {
        title: { en: `Opening ${tag}`, es: `Apertura ${tag}` },
        annotation: { en: "The meeting opens.", es: "Se abre la reunión." },
        translationStates: { "title.es": "FINAL", "annotation.es": "FINAL" },
      },
    });
    await db.timeSlot.create({
      data: {
        sessionId: session.id,
        date: new Date("2031-05-01"),
        startMinutes: 600,
        endMinutes: 780,
        items: { create: [{ itemId: item.id, position: 1 }] },
      },
    });
    await announceSessionChange(db, session.id);

    const reader = new PublicSessionPage(page);
    const agenda = page.getByRole("region", { name: "Ordre du jour provisoire" });
    // English alone by default: the French reader sees English.
    await expect(async () => {
      await reader.goto(session.slug, "fr");
      await expect(agenda.locator('[data-item-number="1"]')).toContainText(`Opening ${tag}`, { timeout: 1_000 });
    }).toPass();

    // The secretariat moves Spanish to the top with the keyboard alone, and keeps English second.
    await openBodySettings(secretariat, body.symbolPrefix);
    const form = secretariat.locator("form");
    await expect(form.getByRole("checkbox", { name: "English" })).toBeChecked();
    await form.getByRole("checkbox", { name: "Spanish" }).check();
    const up = form.getByRole("button", { name: "Move Spanish up" });
    await up.focus();
    for (let press = 0; press < 5; press += 1) await secretariat.keyboard.press("Enter");
    // Focus stayed on the button through every move.
    await expect(up).toBeFocused();
    await expect(form.locator("li").first()).toHaveAttribute("data-language", "es");
    await expect(form.locator("[data-fallback-order]")).toHaveText(
      "Readers whose language is missing see: Spanish → English, then the original (English).",
    );
    await form.getByRole("button", { name: "Save working languages" }).click();
    await expect(form.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

    const stored = await db.body.findUniqueOrThrow({ where: { id: body.id }, select: { workingLanguages: true } });
    expect(stored.workingLanguages).toEqual(["es", "en"]);
    const events = await db.auditEvent.findMany({ where: { entityType: "Body", entityId: body.id } });
    expect(events).toHaveLength(1);
    expect(events[0]?.after).toEqual({ workingLanguages: ["es", "en"] });

    // The cached French page expired with the audited write: Spanish now, marked as Spanish, one notice a section.
    await expect(async () => {
      await reader.goto(session.slug, "fr");
      await expect(agenda.locator('[data-item-number="1"]')).toContainText(`Apertura ${tag}`, { timeout: 1_000 });
    }).toPass();
    await expect(agenda.locator('[data-item-number="1"] [lang="es"]')).toHaveText(`Apertura ${tag}`);
    await expect(reader.fallbackNotices(agenda)).toHaveText([`${FR_NOTICE} espagnol.`]);
    await expect(page.locator('#item-1 [lang="es"]').last()).toContainText("Se abre la reunión.");
    // The heading: the title in Spanish, the body's name and the venue in English: both languages, Spanish first.
    await expect(reader.heading).toHaveText(`Reunión E2E ${tag}`);
    await expect(reader.fallbackNotices(page.locator("article > header"))).toHaveText([
      `${FR_NOTICE} espagnol et anglais.`,
    ]);
    expect(await expectAtMostOneNoticePerSection(reader)).toBe(4);
  } finally {
    await removeBody(db, { id: body.id });
  }
});

test("a French reader of a session in English alone sees English, with one notice per section", async ({
  page,
  db,
}) => {
  const tag = uniqueTag();
  const { body, session } = await createOwnSession(db, tag);
  try {
    const reader = new PublicSessionPage(page);
    await reader.goto(session.slug, "fr");
    const agenda = page.getByRole("region", { name: "Ordre du jour provisoire" });
    await expect(agenda.locator('[data-item-number="1"] [lang="en"]')).toHaveText(`Opening ${tag}`);
    await expect(reader.fallbackNotices(agenda)).toHaveText([`${FR_NOTICE} anglais.`]);
    await expect(reader.heading.locator('[lang="en"]')).toHaveText(`E2E session ${tag}`);
    await expect(reader.fallbackNotices(page.locator("article > header"))).toHaveText([`${FR_NOTICE} anglais.`]);
    // Header, agenda and annotations (the item's title) fall back; the organization of work is empty.
    expect(await expectAtMostOneNoticePerSection(reader)).toBe(3);
  } finally {
    await removeBody(db, { id: body.id });
  }
});

test("the reference session in French says once per section which languages stand in", async ({ page }) => {
  const reader = new PublicSessionPage(page);
  await reader.goto(SEED_SLUG, "fr");
  // The notices themselves pass WCAG A/AA (contrast, roles).
  const notices = await new AxeBuilder({ page })
    .include("[role=note]")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(notices.violations.map((v) => v.id)).toEqual([]);
  // Header, agenda, annotations, documents and organization of work each fall back to English at least.
  expect(await expectAtMostOneNoticePerSection(reader)).toBe(5);
  // Titles in English; most annotations and document descriptions only in the Chinese original.
  await expect(reader.fallbackNotices(page.getByRole("region", { name: "Annotations" }))).toHaveText([
    `${FR_NOTICE} anglais et chinois.`,
  ]);
  await expect(reader.item("1-1").locator('[lang="zh"]').first()).toBeVisible();
});

test("a non-secretariat account cannot open a body's settings", async ({ browser, db }) => {
  const body = await db.body.findUniqueOrThrow({ where: { symbolPrefix: "CTOC/COP/WG.4" }, select: { id: true } });
  for (const role of ["CHAIR", "DELEGATE"] satisfies DemoRole[]) {
    const context = await browser.newContext({
      storageState: storageStatePath(role),
    });
    const page = await context.newPage();
    await page.goto(`/en/admin/bodies/${body.id}`);
    await expect(page.getByRole("button", { name: "Save working languages" })).toHaveCount(0);
    await context.close();
  }
});

for (const locale of ["en", "ar"] as const) {
  test(`the working-languages form has no WCAG A/AA violations in ${locale}`, async ({ secretariat, db }) => {
    // The reference body, read only: nothing is saved.
    const body = await db.body.findUniqueOrThrow({ where: { symbolPrefix: "CTOC/COP/WG.4" }, select: { id: true } });
    await secretariat.goto(`/${locale}/admin/bodies/${body.id}`);
    await expect(secretariat.locator("form li")).toHaveCount(6);
    const results = await new AxeBuilder({ page: secretariat })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
