import type { Locator } from "@playwright/test";
import { expect, removeBody, test, uniqueTag } from "./fixtures";
import { hydrated } from "./hydration";
import { AgendaPage } from "./pages/agenda-page";
import { DocumentsPage } from "./pages/documents-page";
import { SchedulePage } from "./pages/schedule-page";
import { WorkspacePage } from "./pages/workspace-page";
import { publishSession } from "./publish";
import { expectSeedStructure, REFERENCE, SEED_PAGES, SEED_SYMBOLS } from "./seed-structure";

// The secretariat types the reference session in by hand, in Chinese, and its public page must come out as the
// seed's. It does so in a working group of its own (CTOC/COP/WG.<random>, under the same parent), so the reference
// session that other specs read at the same moment is never touched.

const [ITEM_1, ITEM_2, ITEM_3, ITEM_4, ITEM_5] = REFERENCE.items;
const [OPENING, ADOPTION] = ITEM_1?.subItems ?? [];

test("a secretariat user builds the seed session from an empty database through the UI only, publishes it, and the public page shows the seed's structure", async ({
  secretariat: page,
  db,
}) => {
  test.setTimeout(360_000);
  if (!ITEM_1 || !ITEM_2 || !ITEM_3 || !ITEM_4 || !ITEM_5 || !OPENING || !ADOPTION)
    throw new Error("The reference session has five items and two sub-items.");
  expect(await db.body.count({ where: { symbolPrefix: REFERENCE.body.parent.symbolPrefix } })).toBe(1);
  const prefix = `${REFERENCE.body.parent.symbolPrefix}/WG.${10_000 + Math.floor(Math.random() * 90_000)}`;
  /** The reference's text with its symbols moved into this test's own series. */
  const own = (text: string) => text.replaceAll(`${REFERENCE.body.symbolPrefix}/`, `${prefix}/`);
  const title = `${REFERENCE.session.title.zh}（${uniqueTag()}）`;
  const symbols = SEED_SYMBOLS.map(own) as unknown as readonly [string, string];
  try {
    // The session, with its new body under the parent CTOC/COP.
    const workspace = new WorkspacePage(page, "zh");
    await workspace.gotoSessions();
    await page.getByRole("link", { name: "新建会议" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "新建会议" })).toBeVisible();
    await hydrated(page.getByRole("radio", { name: "新机构" }));
    await page.getByRole("radio", { name: "新机构" }).check();
    await page.getByLabel("机构名称", { exact: true }).fill(REFERENCE.body.name.zh);
    await page.getByLabel("文号前缀", { exact: true }).fill(prefix);
    await page
      .getByLabel("上级机构（可选）")
      .selectOption({ label: `${REFERENCE.body.parent.symbolPrefix} — ${REFERENCE.body.parent.name.zh}` });
    await page.getByLabel("其会议称为").selectOption({ label: "次会议" });
    await page.getByLabel("编号", { exact: true }).fill("8");
    await page.getByLabel("原文语言").selectOption({ label: "中文" });
    await page.getByLabel("标题", { exact: true }).fill(title);
    await page.getByLabel("地点", { exact: true }).fill(REFERENCE.session.venue.zh);
    await page.getByLabel("首日", { exact: true }).fill("2018-07-02");
    await page.getByLabel("末日", { exact: true }).fill("2018-07-03");
    await page.getByLabel("时区", { exact: true }).selectOption("Europe/Vienna");
    await page.getByLabel("全体会议场数", { exact: true }).fill("4");
    await page.getByLabel("议程文件文号", { exact: true }).fill(own(REFERENCE.session.agendaSymbol));
    await page.getByRole("button", { name: "创建会议草稿" }).click();
    await page.waitForURL(
      (url) => /^\/zh\/admin\/sessions\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith("/new"),
    );
    await expect(workspace.heading).toHaveText(title);
    const tabs = workspace.tabs();

    // The agenda: items 1–3, then 5 before 4 by mistake, put right with the keyboard.
    await tabs.getByRole("link", { name: "议程和说明" }).click();
    const agenda = new AgendaPage(page, "zh");
    await hydrated(agenda.newItemForm);
    await agenda.addItem(ITEM_1.title.zh, "1");
    await agenda.addItem(ITEM_2.title.zh, "2");
    await agenda.addItem(ITEM_3.title.zh, "3");
    await agenda.addItem(ITEM_5.title.zh, "4");
    await agenda.addItem(ITEM_4.title.zh, "5");
    await expect(agenda.numberOf(ITEM_5.title.zh)).toHaveAccessibleName("项目 4 的操作");
    const moveDown = agenda.actions("4").getByRole("button", { name: /^下移/ });
    // The row is re-rendered as the list catches up with the last addition; a button disabled meanwhile ignores keys.
    await expect(moveDown).toBeEnabled();
    // The move is saved by a server action; the reload below must not cut it short.
    const saved = page.waitForResponse(
      (response) => response.request().method() === "POST" && "next-action" in response.request().headers(),
    );
    // press() focuses and types in one step, so a re-render in between cannot take the key press elsewhere.
    await moveDown.press("Enter");
    await expect(page.getByText(`“${ITEM_5.title.zh}”现为项目 5。`)).toBeVisible();
    await expect(agenda.numberOf(ITEM_5.title.zh)).toHaveAccessibleName("项目 5 的操作");
    await expect(agenda.numberOf(ITEM_4.title.zh)).toHaveAccessibleName("项目 4 的操作");
    // The last item cannot go further down, so the focus waits on its drag handle.
    await expect(page.getByRole("button", { name: "拖动项目 5 以调整顺序" })).toBeFocused();
    // The list renumbers at once; the move buttons come back when the server has saved it.
    await expect(agenda.actions("4").getByRole("button", { name: /^下移/ })).toBeEnabled();
    await saved;
    await page.reload();
    await hydrated(agenda.actions("5").getByRole("button", { name: /^下移/ }));
    await expect(agenda.numberOf(ITEM_5.title.zh)).toHaveAccessibleName("项目 5 的操作");
    await expect(agenda.numberOf(ITEM_4.title.zh)).toHaveAccessibleName("项目 4 的操作");

    await agenda.addSubItem("1", OPENING.title.zh, "1(a)");
    await agenda.addSubItem("1", ADOPTION.title.zh, "1(b)");
    const annotated: Array<[string, { annotation?: { zh: string[] } }]> = [
      ["1(a)", OPENING],
      ["1(b)", ADOPTION],
      ["2", ITEM_2],
      ["3", ITEM_3],
      ["4", ITEM_4],
      ["5", ITEM_5],
    ];
    for (const [number, item] of annotated) await agenda.annotate(number, (item.annotation?.zh ?? []).map(own));

    // The documents: the background paper typed in, the conference room paper registered from its mention in item 3.
    await tabs.getByRole("link", { name: "文件", exact: true }).click();
    const documents = new DocumentsPage(page, "zh");
    const addForm = documents.addForm;
    const [background, crp] = [ITEM_2.documents[0], ITEM_3.documents[0]];
    if (!background || !crp) throw new Error("Items 2 and 3 of the reference session each list one document.");
    expect([background.symbol, crp.symbol]).toEqual([...SEED_SYMBOLS]);
    const [backgroundSymbol, crpSymbol] = symbols;
    await hydrated(documents.addButton);
    await documents.addButton.click();
    await addForm.getByLabel("文号", { exact: true }).fill(backgroundSymbol);
    await documents.register({
      symbol: backgroundSymbol,
      kind: "背景文件",
      title: background.title.zh,
      description: background.description.zh,
    });
    await documents.attach(backgroundSymbol, { number: "2", title: ITEM_2.title.zh });

    await documents.registerMentioned(crpSymbol).click();
    await expect(addForm.getByLabel("文件类别").locator("option:checked")).toHaveText("会议室文件");
    await documents.register({
      symbol: crpSymbol,
      kind: "会议室文件",
      title: crp.title.zh,
      description: crp.description.zh,
    });
    await expect(documents.registerMentioned(crpSymbol)).toHaveCount(0);
    await documents.attach(crpSymbol, { number: "3", title: ITEM_3.title.zh });

    // The organization of work: two days of two slots, the items as the annex lists them.
    await tabs.getByRole("link", { name: "工作安排" }).click();
    const schedule = new SchedulePage(page, "zh");
    await hydrated(schedule.addDayForm);
    const days = [];
    for (const [date, heading] of [
      ["2018-07-02", /^2018年7月2日/],
      ["2018-07-03", /^2018年7月3日/],
    ] as const) {
      days.push(await schedule.addDay(date, heading));
    }
    const [monday, tuesday] = days;
    if (!monday || !tuesday) throw new Error("Two days were added.");
    const slots = [
      monday.getByRole("region", { name: /^上午时段/ }),
      monday.getByRole("region", { name: /^下午时段/ }),
      tuesday.getByRole("region", { name: /^上午时段/ }),
      tuesday.getByRole("region", { name: /^下午时段/ }),
    ];
    const plan = [["1(a)", "1(b)", "2"], ["2", "3"], ["3"], ["4", "5"]];
    for (const [index, numbers] of plan.entries()) await schedule.scheduleItems(slots[index] as Locator, numbers);
    await expect(slots[1]?.getByRole("listitem").first() as Locator).toContainText("（续）");
    await expect(slots[2]?.getByRole("listitem").first() as Locator).toContainText("（续）");
    await expect(page.getByText("没有提示：所有项目均已按议程顺序安排在会议日期之内。")).toBeVisible();

    // Publication, then the public page.
    await tabs.getByRole("link", { name: "会议", exact: true }).click();
    await publishSession(page, "zh");
    await page.getByRole("link", { name: "公开页面" }).click();
    const slug = `${prefix
      .toLowerCase()
      .replace(/\./g, "")
      .replace(/[^a-z0-9]+/g, "-")}-2018`;
    await expect(page).toHaveURL(new RegExp(`/zh/sessions/${slug}$`));
    await expectSeedStructure(page, { ...SEED_PAGES.zh, title, symbols });
    // The header names the body under its parent, the meeting by its number in words, and the agenda's symbol.
    for (const text of [
      REFERENCE.body.parent.name.zh,
      REFERENCE.body.name.zh,
      "第八次会议",
      `文号：${own(REFERENCE.session.agendaSymbol)}`,
    ]) {
      await expect(page.getByText(text, { exact: true }).first()).toBeVisible();
    }
  } finally {
    await removeBody(db, { symbolPrefix: prefix });
  }
});
