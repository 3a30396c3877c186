import type { Locator, Page } from "@playwright/test";
import { ensureDemoUsers } from "../lib/auth/mutations";
import { getDb, type Db } from "../lib/db";
import { seedReferenceSession } from "../lib/seed/mutations";
import { expect, SEED_SLUG, test } from "./fixtures";
import { hydrated } from "./hydration";
import { publishSession } from "./publish";
import { expectSeedStructure, REFERENCE, SEED_PAGES, SEED_SYMBOLS } from "./seed-structure";

// The secretariat types the reference session in by hand, in Chinese, and its public page must come out as the seed's.

const PREFIX = REFERENCE.body.symbolPrefix;
const [ITEM_1, ITEM_2, ITEM_3, ITEM_4, ITEM_5] = REFERENCE.items;
const [OPENING, ADOPTION] = ITEM_1?.subItems ?? [];

/** The reference session, its body CTOC/COP/WG.4 and everything filed under it; the parent body CTOC/COP stays. */
async function removeReferenceBody(db: Db): Promise<void> {
  const body = await db.body.findUnique({
    where: { symbolPrefix: PREFIX },
    select: { id: true, sessions: { select: { id: true } }, documents: { select: { id: true } } },
  });
  const seeded = await db.session.findUnique({ where: { slug: SEED_SLUG }, select: { id: true } });
  const sessionIds = [...new Set([...(body?.sessions.map((s) => s.id) ?? []), ...(seeded ? [seeded.id] : [])])];
  const entityIds = [...(body?.documents.map((d) => d.id) ?? []), ...(body ? [body.id] : [])];
  await db.$transaction([
    db.auditEvent.deleteMany({ where: { OR: [{ sessionId: { in: sessionIds } }, { entityId: { in: [...sessionIds, ...entityIds] } }] } }),
    db.session.deleteMany({ where: { id: { in: sessionIds } } }),
    db.document.deleteMany({ where: { bodyId: body?.id ?? "" } }),
    db.body.deleteMany({ where: { symbolPrefix: PREFIX } }),
  ]);
}

// Whatever happened above, the reference session is back exactly as the seed writes it, its chair included.
test.afterAll(async () => {
  const db = getDb();
  await removeReferenceBody(db);
  const { sessionId } = await seedReferenceSession(db);
  await ensureDemoUsers(db, [sessionId]);
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function agendaHelpers(page: Page) {
  const list = page.getByRole("list", { name: "议程项目", exact: true });
  const actions = (number: string) => page.getByRole("group", { name: `项目 ${number} 的操作`, exact: true });
  /** The accessible name of a row's actions carries its number: the number the row has now. */
  const numberOf = (title: string) => list.getByRole("listitem").filter({ has: page.getByText(title, { exact: true }) }).getByRole("group");
  const newItem = page.getByRole("form", { name: "添加议程项目" });

  async function addItem(title: string, number: string) {
    await newItem.getByLabel("标题", { exact: true }).fill(title);
    await newItem.getByRole("button", { name: "添加项目", exact: true }).click();
    await expect(page.getByText(`已添加“${title}”，编为项目 ${number}。`)).toBeVisible();
  }

  async function addSubItem(parent: string, title: string, number: string) {
    await actions(parent).getByRole("button", { name: /^添加分项/ }).click();
    const form = page.getByRole("form", { name: `在项目 ${parent} 下新增分项` });
    await expect(form.getByLabel("新分项的标题")).toBeFocused();
    await form.getByLabel("新分项的标题").fill(title);
    await form.getByRole("button", { name: "添加分项", exact: true }).click();
    await expect(page.getByText(`已添加“${title}”，编为项目 ${number}。`)).toBeVisible();
  }

  async function annotate(number: string, paragraphs: readonly string[]) {
    await actions(number).getByRole("button", { name: /^编辑/ }).click();
    const editor = page.getByRole("form", { name: `编辑项目 ${number}` });
    await editor.getByLabel("说明", { exact: true }).fill(paragraphs.join("\n\n"));
    // The live preview shows the paragraphs as readers will get them.
    await expect(editor.getByRole("region", { name: "预览" }).getByRole("paragraph")).toHaveCount(paragraphs.length);
    await editor.getByRole("button", { name: "保存", exact: true }).click();
    await expect(page.getByText(`项目 ${number} 已保存。`)).toBeVisible();
    await expect(editor).toHaveCount(0);
  }

  return { actions, numberOf, addItem, addSubItem, annotate };
}

function documentHelpers(page: Page) {
  async function fillDocument(form: Locator, doc: { symbol: string; kind: string; title: string; description: string }) {
    await expect(form.getByLabel("文号", { exact: true })).toHaveValue(doc.symbol);
    await form.getByLabel("文件类别").selectOption({ label: doc.kind });
    await form.getByLabel("标题", { exact: true }).fill(doc.title);
    await form.getByLabel("议程中的说明（可选）").fill(doc.description);
    await form.getByLabel("印发者", { exact: true }).fill("秘书处");
    await form.getByRole("radio", { name: "一般分发" }).check();
    await form.getByRole("textbox", { name: "中文本的链接" }).fill(`https://undocs.org/zh/${doc.symbol}`);
    await form.getByRole("button", { name: "登记文件" }).click();
    await expect(page.getByText(`已登记 ${doc.symbol}。`)).toBeVisible();
  }

  async function attach(symbol: string, item: { number: string; title: string }) {
    await page.getByRole("button", { name: `${symbol} 的议程项目` }).click();
    const panel = page.getByRole("region", { name: `${symbol} 的议程项目` });
    await panel.getByRole("checkbox", { name: `${item.number} ${item.title}`, exact: true }).check();
    await panel.getByRole("button", { name: "列于所选项目下" }).click();
    await expect(page.getByText(`已将 ${symbol} 列于 1 个项目下。`)).toBeVisible();
    await expect(panel.getByRole("button", { name: `将 ${symbol} 从项目${item.number}下移除` })).toBeVisible();
    await panel.getByRole("button", { name: "关闭" }).click();
  }

  return { fillDocument, attach };
}

/** Adds agenda items to one slot through its own "item to add" list, checking the slot's list after each. */
async function scheduleItems(slot: Locator, numbers: readonly string[]) {
  const entries = slot.getByRole("list").getByRole("listitem");
  for (const [index, number] of numbers.entries()) {
    const select = slot.getByLabel("要添加的议程项目");
    // Options read "1(a) 会议开幕", indented by depth: the user picks by number.
    const option = select.locator("option").filter({ hasText: new RegExp(`^\\s*${escapeRegExp(number)} `) });
    await select.selectOption((await option.getAttribute("value")) ?? "");
    await slot.getByRole("button", { name: "添加项目", exact: true }).click();
    await expect(entries).toHaveCount(index + 1);
    await expect(entries.nth(index).getByRole("button", { name: new RegExp(`^移除\\s*:\\s*项目 ${escapeRegExp(number)}$`) })).toBeVisible();
  }
}

test("a secretariat user builds the seed session from an empty database through the UI only, publishes it, and the public page shows the seed's structure", async ({
  secretariat: page,
  db,
}) => {
  test.setTimeout(360_000);
  if (!ITEM_1 || !ITEM_2 || !ITEM_3 || !ITEM_4 || !ITEM_5 || !OPENING || !ADOPTION) throw new Error("The reference session has five items and two sub-items.");
  await removeReferenceBody(db);
  expect(await db.body.count({ where: { symbolPrefix: REFERENCE.body.parent.symbolPrefix } })).toBe(1);

  // The session, with its new body under the parent CTOC/COP.
  await page.goto("/zh/admin");
  await page.getByRole("link", { name: "新建会议" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "新建会议" })).toBeVisible();
  await hydrated(page.getByRole("radio", { name: "新机构" }));
  await page.getByRole("radio", { name: "新机构" }).check();
  await page.getByLabel("机构名称", { exact: true }).fill(REFERENCE.body.name.zh);
  await page.getByLabel("文号前缀", { exact: true }).fill(PREFIX);
  await page.getByLabel("上级机构（可选）").selectOption({ label: `${REFERENCE.body.parent.symbolPrefix} — ${REFERENCE.body.parent.name.zh}` });
  await page.getByLabel("其会议称为").selectOption({ label: "次会议" });
  await page.getByLabel("编号", { exact: true }).fill("8");
  await page.getByLabel("原文语言").selectOption({ label: "中文" });
  await page.getByLabel("标题", { exact: true }).fill(REFERENCE.session.title.zh);
  await page.getByLabel("地点", { exact: true }).fill(REFERENCE.session.venue.zh);
  await page.getByLabel("首日", { exact: true }).fill("2018-07-02");
  await page.getByLabel("末日", { exact: true }).fill("2018-07-03");
  await page.getByLabel("时区", { exact: true }).selectOption("Europe/Vienna");
  await page.getByLabel("全体会议场数", { exact: true }).fill("4");
  await page.getByLabel("议程文件文号", { exact: true }).fill(REFERENCE.session.agendaSymbol);
  await page.getByRole("button", { name: "创建会议草稿" }).click();
  await page.waitForURL((url) => /^\/zh\/admin\/sessions\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith("/new"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(REFERENCE.session.title.zh);
  const tabs = page.getByRole("navigation", { name: "秘书处工作区" });

  // The agenda: items 1–3, then 5 before 4 by mistake, put right with the keyboard.
  await tabs.getByRole("link", { name: "议程和说明" }).click();
  const agenda = agendaHelpers(page);
  await hydrated(page.getByRole("form", { name: "添加议程项目" }));
  await agenda.addItem(ITEM_1.title.zh, "1");
  await agenda.addItem(ITEM_2.title.zh, "2");
  await agenda.addItem(ITEM_3.title.zh, "3");
  await agenda.addItem(ITEM_5.title.zh, "4");
  await agenda.addItem(ITEM_4.title.zh, "5");
  await expect(agenda.numberOf(ITEM_5.title.zh)).toHaveAccessibleName("项目 4 的操作");
  const moveDown = agenda.actions("4").getByRole("button", { name: /^下移/ });
  // press() focuses and types in one step, so a re-render in between cannot take the key press elsewhere.
  await moveDown.press("Enter");
  await expect(page.getByText(`“${ITEM_5.title.zh}”现为项目 5。`)).toBeVisible();
  await expect(agenda.numberOf(ITEM_5.title.zh)).toHaveAccessibleName("项目 5 的操作");
  await expect(agenda.numberOf(ITEM_4.title.zh)).toHaveAccessibleName("项目 4 的操作");
  // The last item cannot go further down, so the focus waits on its drag handle.
  await expect(page.getByRole("button", { name: "拖动项目 5 以调整顺序" })).toBeFocused();
  await page.reload();
  await hydrated(agenda.actions("5").getByRole("button", { name: /^下移/ }));
  await expect(agenda.numberOf(ITEM_5.title.zh)).toHaveAccessibleName("项目 5 的操作");
  await expect(agenda.numberOf(ITEM_4.title.zh)).toHaveAccessibleName("项目 4 的操作");

  await agenda.addSubItem("1", OPENING.title.zh, "1(a)");
  await agenda.addSubItem("1", ADOPTION.title.zh, "1(b)");
  const annotated: Array<[string, { annotation?: { zh: string[] } }]> = [
    ["1(a)", OPENING], ["1(b)", ADOPTION], ["2", ITEM_2], ["3", ITEM_3], ["4", ITEM_4], ["5", ITEM_5],
  ];
  for (const [number, item] of annotated) await agenda.annotate(number, item.annotation?.zh ?? []);

  // The documents: the background paper typed in, the conference room paper registered from its mention in item 3.
  await tabs.getByRole("link", { name: "文件", exact: true }).click();
  const documents = documentHelpers(page);
  const addForm = page.getByRole("region", { name: "添加文件" });
  const [background, crp] = [ITEM_2.documents[0], ITEM_3.documents[0]];
  if (!background || !crp) throw new Error("Items 2 and 3 of the reference session each list one document.");
  await hydrated(page.getByRole("button", { name: "添加文件" }));
  await page.getByRole("button", { name: "添加文件" }).click();
  await addForm.getByLabel("文号", { exact: true }).fill(background.symbol);
  await documents.fillDocument(addForm, { symbol: background.symbol, kind: "背景文件", title: background.title.zh, description: background.description.zh });
  await documents.attach(background.symbol, { number: "2", title: ITEM_2.title.zh });

  await page.getByRole("button", { name: `登记 ${crp.symbol}` }).click();
  await expect(addForm.getByLabel("文件类别").locator("option:checked")).toHaveText("会议室文件");
  await documents.fillDocument(addForm, { symbol: crp.symbol, kind: "会议室文件", title: crp.title.zh, description: crp.description.zh });
  await expect(page.getByRole("button", { name: `登记 ${crp.symbol}` })).toHaveCount(0);
  await documents.attach(crp.symbol, { number: "3", title: ITEM_3.title.zh });
  expect([background.symbol, crp.symbol]).toEqual([...SEED_SYMBOLS]);

  // The organization of work: two days of two slots, the items as the annex lists them.
  await tabs.getByRole("link", { name: "工作安排" }).click();
  const addDay = page.getByRole("form", { name: "添加一天" });
  await hydrated(addDay);
  const days = [];
  for (const [date, heading] of [["2018-07-02", /^2018年7月2日/], ["2018-07-03", /^2018年7月3日/]] as const) {
    await addDay.getByLabel("日期", { exact: true }).fill(date);
    await addDay.getByRole("button", { name: "添加一天" }).click();
    const day = page.getByRole("region", { name: heading });
    await expect(day.getByRole("region")).toHaveCount(2);
    days.push(day);
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
  for (const [index, numbers] of plan.entries()) await scheduleItems(slots[index] as Locator, numbers);
  await expect(slots[1]?.getByRole("listitem").first() as Locator).toContainText("（续）");
  await expect(slots[2]?.getByRole("listitem").first() as Locator).toContainText("（续）");
  await expect(page.getByText("没有提示：所有项目均已按议程顺序安排在会议日期之内。")).toBeVisible();

  // Publication, then the public page.
  await tabs.getByRole("link", { name: "会议", exact: true }).click();
  await publishSession(page, "zh");
  await page.getByRole("link", { name: "公开页面" }).click();
  await expect(page).toHaveURL(new RegExp(`/zh/sessions/${SEED_SLUG}$`));
  await expectSeedStructure(page, SEED_PAGES.zh);
  // The header names the body under its parent, the meeting by its number in words, and the agenda's symbol.
  for (const text of [REFERENCE.body.parent.name.zh, REFERENCE.body.name.zh, "第八次会议", `文号：${REFERENCE.session.agendaSymbol}`]) {
    await expect(page.getByText(text, { exact: true }).first()).toBeVisible();
  }
});
