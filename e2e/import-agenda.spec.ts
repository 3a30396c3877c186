import { readFileSync } from "node:fs";
import { expect, removeBody, test } from "./fixtures";
import { hydrated } from "./hydration";
import { ImportPage } from "./pages/import-page";
import { SessionOverviewPage, WorkspacePage } from "./pages/workspace-page";
import { publishSession } from "./publish";
import { expectSeedStructure, REFERENCE, REFERENCE_TEXT_PATH, SEED_PAGES } from "./seed-structure";

const SEED_TEXT = readFileSync(REFERENCE_TEXT_PATH, "utf8");

test("a secretariat imports the seed text, reviews and corrects it, creates the draft, publishes it, and the public page shows the seed's structure", async ({
  secretariat: page,
  db,
}) => {
  test.setTimeout(240_000);
  // A series of its own, so the import makes a new body and never meets the reference session's documents.
  const prefix = `TST/WG.${10_000 + Math.floor(Math.random() * 90_000)}`;
  try {
    const text = SEED_TEXT.replaceAll(`${REFERENCE.body.symbolPrefix}/`, `${prefix}/`);
    const symbols = [`${prefix}/2018/2`, `${prefix}/2018/CRP.1`] as const;
    const title = `${REFERENCE.session.title.zh}（导入 ${prefix}）`;
    // Counted within this import's own series: other workers create and delete rows elsewhere meanwhile.
    const counts = async () => ({
      sessions: await db.session.count({ where: { body: { symbolPrefix: prefix } } }),
      bodies: await db.body.count({ where: { symbolPrefix: prefix } }),
      documents: await db.document.count({ where: { symbol: { startsWith: `${prefix}/` } } }),
    });
    const before = await counts();
    expect(before).toEqual({ sessions: 0, bodies: 0, documents: 0 });

    await new WorkspacePage(page).gotoSessions();
    await page.getByRole("link", { name: "Import an agenda from its text" }).click();
    const importPage = new ImportPage(page);
    await expect(importPage.heading).toBeVisible();
    await importPage.read(text);

    // The review: the source with its warnings beside what Plenary understood.
    const source = importPage.source;
    await expect(source.getByText(/^(No warnings|\d+ warnings?)$/)).toBeVisible();
    await expect(source.getByRole("listitem").filter({ hasText: "临时议程说明" })).toBeVisible();
    const structure = importPage.structure;
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
    await importPage.createDraft();
    const after = await counts();
    expect(after.sessions).toBe(before.sessions + 1);
    expect(after.bodies).toBe(before.bodies + 1);
    expect(after.documents).toBe(before.documents + 2);

    // The workspace of the new draft, published from its Session tab.
    const workspace = new SessionOverviewPage(page);
    await expect(workspace.heading).toContainText(title);
    await expect(workspace.tabs().getByRole("link", { name: "Session", exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await publishSession(page, "en");
    await workspace.publicLink.click();
    const slug = `${prefix
      .toLowerCase()
      .replace(/\./g, "")
      .replace(/[^a-z0-9]+/g, "-")}-2018`;
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
  } finally {
    await removeBody(db, { symbolPrefix: prefix });
  }
});

test("a text file chosen instead of pasting fills the text area", async ({ secretariat: page, db }) => {
  // The text is the reference agenda's: had choosing it created anything, it would be a session of that body.
  const ofReferenceBody = () => db.session.count({ where: { body: { symbolPrefix: REFERENCE.body.symbolPrefix } } });
  const sessions = await ofReferenceBody();
  const importPage = new ImportPage(page);
  await importPage.goto();
  const area = importPage.text;
  await expect(area).toHaveValue("");
  await expect(importPage.readButton).toBeDisabled();
  await hydrated(importPage.file);
  await importPage.file.setInputFiles({
    name: "agenda.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(SEED_TEXT, "utf8"),
  });
  await expect(area).toHaveValue(SEED_TEXT);
  await expect(importPage.readButton).toBeEnabled();
  expect(await ofReferenceBody()).toBe(sessions);
});
