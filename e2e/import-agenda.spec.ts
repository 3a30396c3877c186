import { readFileSync } from "node:fs";
import { getDb } from "../lib/db";
import { expect, test } from "./fixtures";
import { hydrated } from "./hydration";
import { publishSession } from "./publish";
import { expectSeedStructure, REFERENCE, REFERENCE_TEXT_PATH, SEED_PAGES } from "./seed-structure";

const SEED_TEXT = readFileSync(REFERENCE_TEXT_PATH, "utf8");

/** Prefixes of the bodies this file's imports created, removed with everything under them afterwards. */
const createdPrefixes: string[] = [];

test.afterAll(async () => {
  const db = getDb();
  for (const symbolPrefix of createdPrefixes) {
    const body = await db.body.findUnique({ where: { symbolPrefix }, select: { id: true, sessions: { select: { id: true } }, documents: { select: { id: true } } } });
    if (!body) continue;
    const sessionIds = body.sessions.map((s) => s.id);
    const entityIds = [body.id, ...sessionIds, ...body.documents.map((d) => d.id)];
    await db.$transaction([
      db.auditEvent.deleteMany({ where: { OR: [{ sessionId: { in: sessionIds } }, { entityId: { in: entityIds } }] } }),
      db.session.deleteMany({ where: { bodyId: body.id } }),
      db.document.deleteMany({ where: { bodyId: body.id } }),
      db.body.delete({ where: { id: body.id } }),
    ]);
  }
});

test("a secretariat imports the seed text, reviews and corrects it, creates the draft, publishes it, and the public page shows the seed's structure", async ({
  secretariat: page,
  db,
}) => {
  test.setTimeout(240_000);
  // A series of its own, so the import makes a new body and never meets the reference session's documents.
  const prefix = `TST/WG.${10_000 + Math.floor(Math.random() * 90_000)}`;
  createdPrefixes.push(prefix);
  const text = SEED_TEXT.replaceAll(`${REFERENCE.body.symbolPrefix}/`, `${prefix}/`);
  const symbols = [`${prefix}/2018/2`, `${prefix}/2018/CRP.1`] as const;
  const title = `${REFERENCE.session.title.zh}（导入 ${prefix}）`;
  const counts = async () => ({
    sessions: await db.session.count(),
    bodies: await db.body.count(),
    documents: await db.document.count(),
    auditEvents: await db.auditEvent.count(),
  });
  const before = await counts();

  await page.goto("/en/admin");
  await page.getByRole("link", { name: "Import an agenda from its text" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import an agenda from its text" })).toBeVisible();
  await hydrated(page.getByLabel("Text of the provisional agenda and annotations"));
  await page.getByLabel("Text of the provisional agenda and annotations").fill(text);
  await page.getByRole("button", { name: "Read the text" }).click();

  // The review: the source with its warnings beside what Plenary understood.
  const source = page.getByRole("region", { name: "Source text" });
  await expect(source.getByText(/^(No warnings|\d+ warnings?)$/)).toBeVisible();
  await expect(source.getByRole("listitem").filter({ hasText: "临时议程说明" })).toBeVisible();
  const structure = page.getByRole("form", { name: "What Plenary understood" });
  await expect(structure.getByRole("radio", { name: "A new body" })).toBeChecked();
  await expect(structure.getByLabel("Symbol prefix")).toHaveValue(prefix);
  await expect(structure.getByLabel("Name of the body")).toHaveValue(REFERENCE.body.name.zh);
  await expect(structure.getByLabel("Number", { exact: true })).toHaveValue("8");
  await expect(structure.getByLabel("Title", { exact: true })).toHaveValue(REFERENCE.session.title.zh);
  for (const [index, item] of REFERENCE.items.entries()) {
    await expect(structure.getByLabel(`Title of item ${index + 1}`, { exact: true })).toHaveValue(item.title.zh);
  }
  await expect(structure.getByLabel("Title of item 1(a)", { exact: true })).toHaveValue(SEED_PAGES.zh.subItems[0]);
  await expect(structure.getByLabel("Title of item 1(b)", { exact: true })).toHaveValue(SEED_PAGES.zh.subItems[1]);
  for (const symbol of symbols) await expect(structure.getByText(symbol, { exact: true })).toBeVisible();
  await expect(structure.getByRole("region", { name: "Organization of work" }).getByRole("listitem")).toHaveCount(4);

  // One correction, then nothing is written until the secretariat says so.
  await structure.getByLabel("Title", { exact: true }).fill(title);
  expect(await counts()).toEqual(before);
  await structure.getByRole("button", { name: "Create draft session" }).click();
  await page.waitForURL(/\/en\/admin\/sessions\/[^/]+$/);
  const after = await counts();
  expect(after.sessions).toBe(before.sessions + 1);
  expect(after.bodies).toBe(before.bodies + 1);
  expect(after.documents).toBe(before.documents + 2);

  // The workspace of the new draft, published from its Session tab.
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  await expect(page.getByRole("navigation", { name: "Secretariat workspace" }).getByRole("link", { name: "Session", exact: true })).toHaveAttribute("aria-current", "page");
  await publishSession(page, "en");
  await page.getByRole("link", { name: "Public page" }).click();
  const slug = `${prefix.toLowerCase().replace(/\./g, "").replace(/[^a-z0-9]+/g, "-")}-2018`;
  await expect(page).toHaveURL(new RegExp(`/en/sessions/${slug}$`));
  // Written in Chinese only, so the English page shows the Chinese titles, marked as not yet translated.
  await expectSeedStructure(page, {
    ...SEED_PAGES.en,
    title,
    items: SEED_PAGES.zh.items,
    subItems: SEED_PAGES.zh.subItems,
    symbols,
    translated: false,
  });
});

test("a text file chosen instead of pasting fills the text area", async ({ secretariat: page, db }) => {
  const sessions = await db.session.count();
  await page.goto("/en/admin/import");
  const area = page.getByLabel("Text of the provisional agenda and annotations");
  await expect(area).toHaveValue("");
  await expect(page.getByRole("button", { name: "Read the text" })).toBeDisabled();
  await hydrated(page.getByLabel("Or choose a text file (.txt)"));
  await page.getByLabel("Or choose a text file (.txt)").setInputFiles({ name: "agenda.txt", mimeType: "text/plain", buffer: Buffer.from(SEED_TEXT, "utf8") });
  await expect(area).toHaveValue(SEED_TEXT);
  await expect(page.getByRole("button", { name: "Read the text" })).toBeEnabled();
  expect(await db.session.count()).toBe(sessions);
});
