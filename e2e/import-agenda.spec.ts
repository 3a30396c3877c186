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

test("an agenda copied onto one line is read back item by item, and the review adds, reorders, nests and drags items before creating the session", async ({
  secretariat: page,
  db,
}) => {
  test.setTimeout(240_000);
  // A real agenda (CAC/COSP/2015/1) as some PDF viewers copy it: the whole text on one line.
  const prefix = `TST/OL.${10_000 + Math.floor(Math.random() * 90_000)}`;
  const text = readFileSync("lib/agenda-parser/corpus/uncac-cosp6-one-line.en.txt", "utf8").replaceAll(
    "CAC/COSP",
    prefix,
  );
  try {
    const importPage = new ImportPage(page);
    await importPage.goto();
    await importPage.read(text);
    const structure = importPage.structure;
    const title = (number: string) => structure.getByLabel(`Title of item ${number}`, { exact: true });
    await expect(title("1")).toHaveValue("Organizational matters");
    await expect(title("1(a)")).toHaveValue("Opening of the sixth session of the Conference");
    await expect(title("1(f)")).toHaveValue("General discussion");
    await expect(title("10")).toHaveValue("Adoption of the report");
    // No UN body meets in UTC: the zone starts from the body's usual venue or the last one used.
    await expect(structure.getByLabel("Time zone")).not.toHaveValue("UTC");

    // An item added at the end, moved up, nested under the item above and brought back, all by buttons.
    await structure.getByRole("button", { name: "Add an item" }).click();
    await expect(title("11")).toBeFocused();
    await title("11").fill("Closure of the session");
    await structure.getByRole("button", { name: "Move 11 up" }).click();
    await expect(title("10")).toHaveValue("Closure of the session");
    await expect(title("11")).toHaveValue("Adoption of the report");
    await expect(structure.getByRole("button", { name: "Move 10 up" })).toBeFocused();
    await structure.getByRole("button", { name: "Make 10 a sub-item of the item above" }).click();
    await expect(title("9(a)")).toHaveValue("Closure of the session");
    await structure.getByRole("button", { name: "Move 9(a) one level up" }).click();
    await expect(title("10")).toHaveValue("Closure of the session");

    // Item 2 dragged with the keyboard onto 1(f): it takes that place, as a sub-item of 1.
    const handle = structure.getByRole("button", { name: "Drag item 2 to another place" });
    await hydrated(handle);
    await handle.focus();
    await page.keyboard.press("Space");
    await expect(page.getByText("Picked up item 2,", { exact: false })).toBeAttached();
    await page.keyboard.press("ArrowUp");
    await expect(page.getByText("Item 2 is over item 1(f).")).toBeAttached();
    await page.keyboard.press("Space");
    await expect(title("1(f)")).toHaveValue(
      "Review of the implementation of the United Nations Convention against Corruption",
    );
    await expect(title("1(g)")).toHaveValue("General discussion");
    await expect(title("2")).toHaveValue("Technical assistance");

    // What the one-line copy could not give, the secretariat types; then the session is created as reviewed.
    await structure.getByLabel("Symbol prefix").fill(prefix);
    await structure.getByLabel("Name of the body").fill("Conference of the States Parties (import test)");
    await structure.getByLabel("Title", { exact: true }).fill(`Sixth session (${prefix})`);
    await structure.getByLabel("Venue").fill("St. Petersburg");
    await structure.getByLabel("First day").fill("2015-11-02");
    await structure.getByLabel("Last day").fill("2015-11-06");
    await importPage.createDraft();
    const session = await db.session.findFirstOrThrow({
      where: { body: { symbolPrefix: prefix } },
      select: { items: { select: { title: true, position: true, parentId: true } } },
    });
    const top = session.items.filter((i) => i.parentId === null).sort((a, b) => a.position - b.position);
    expect(top.map((i) => (i.title as { en: string }).en).slice(-2)).toEqual([
      "Closure of the session",
      "Adoption of the report",
    ]);
    expect(session.items).toHaveLength(17);
  } finally {
    await removeBody(db, { symbolPrefix: prefix });
  }
});
