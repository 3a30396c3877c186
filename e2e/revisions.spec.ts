import type { Locator } from "@playwright/test";
import { expect, removeBody, test, uniqueTag } from "./fixtures";
import { hydrated } from "./hydration";
import { AgendaPage } from "./pages/agenda-page";
import { SchedulePage } from "./pages/schedule-page";
import { WorkspacePage } from "./pages/workspace-page";
import { publishSession } from "./publish";

/**
 * Once published, an agenda is reissued, not silently edited: the secretariat's edits wait as a pending revision,
 * which it previews and issues as Rev.1, and the page a delegate has open then shows the new symbol and what changed.
 */
test("a published agenda is edited, previewed and reissued as Rev.1, and an open public page shows the changelog", async ({
  secretariat: page,
  browser,
  db,
}) => {
  const tag = uniqueTag();
  const prefix = `E2E/REV.${tag}`;
  const body = await db.body.create({
    data: { name: { zh: `修订测试 ${tag}` }, symbolPrefix: prefix, originalLanguage: "zh" },
  });
  const session = await db.session.create({
    data: {
      bodyId: body.id,
      ordinal: 3,
      slug: `e2e-rev-${tag}`,
      title: { zh: `第三次会议 ${tag}` },
      venue: { zh: "维也纳" },
      timeZone: "Europe/Vienna",
      startDate: new Date("2031-05-01"),
      endDate: new Date("2031-05-01"),
      originalLanguage: "zh",
      agendaSymbol: `${prefix}/2031/1`,
      status: "DRAFT",
    },
  });
  const titles = ["会议开幕", "通过议程", "预防贩运人口"];
  const items = [];
  for (const [index, title] of titles.entries()) {
    items.push(
      await db.agendaItem.create({ data: { sessionId: session.id, position: index + 1, title: { zh: title } } }),
    );
  }
  const morning = await db.timeSlot.create({
    data: { sessionId: session.id, date: new Date("2031-05-01"), startMinutes: 600, endMinutes: 780 },
  });
  await db.timeSlot.create({
    data: { sessionId: session.id, date: new Date("2031-05-01"), startMinutes: 900, endMinutes: 1080 },
  });
  await db.timeSlotItem.createMany({
    data: items.map((item, index) => ({ slotId: morning.id, itemId: item.id, position: index + 1 })),
  });
  const reader = await browser.newPage();
  try {
    const workspace = new WorkspacePage(page, "zh");
    await workspace.goto(session.id);
    await publishSession(page, "zh");

    const publicUrl = `/zh/sessions/${session.slug}`;
    await reader.goto(publicUrl);
    const annotation = "秘书处将介绍关于预防贩运人口的工作文件。";
    await expect(reader.getByRole("heading", { name: "修订情况" })).toHaveCount(0);

    // Edits after publication: an annotation, and item 3 moved to the afternoon.
    await workspace.goto(session.id, "agenda");
    const agenda = new AgendaPage(page, "zh");
    await hydrated(agenda.newItemForm.getByRole("button", { name: "添加项目", exact: true }));
    await agenda.annotate("3", [annotation]);
    await workspace.goto(session.id, "schedule");
    const schedule = new SchedulePage(page, "zh");
    const day = page.getByRole("region", { name: /^2031年5月1日/ });
    const [am, pm] = [day.getByRole("region", { name: /^上午时段/ }), day.getByRole("region", { name: /^下午时段/ })];
    await hydrated(am.getByRole("button", { name: /^移除\s*:\s*项目 3$/ }));
    await am.getByRole("button", { name: /^移除\s*:\s*项目 3$/ }).click();
    await expect(am.getByRole("listitem")).toHaveCount(2);
    await schedule.scheduleItems(pm as Locator, ["3"]);

    // The public still reads the agenda as issued.
    await reader.reload();
    await expect(reader.getByText(annotation)).toHaveCount(0);

    // The Session tab lists what is pending; the preview shows it as it will read.
    await workspace.goto(session.id);
    const panel = page.getByRole("region", { name: "印发与修订" });
    const pending = panel.getByTestId("pending-changes");
    await expect(pending.getByRole("listitem")).toHaveText([
      /^修订项目3的说明：预防贩运人口$/,
      /^项目3改在5月1日会议（下午 3 时至 6 时）审议$/,
    ]);
    await panel.getByRole("link", { name: "预览印发后的样子" }).click();
    await expect(page).toHaveURL(new RegExp(`/zh/admin/sessions/${session.id}/preview$`));
    await expect(page.getByText(annotation)).toBeVisible();
    // …with the symbol and the changelog it will carry once issued.
    await expect(page.getByRole("region", { name: "修订情况" })).toContainText(`${prefix}/2031/1/Rev.1`);

    await workspace.goto(session.id);
    const issue = panel.getByRole("button", { name: "印发修订本" });
    await hydrated(issue);
    await issue.click();
    const dialog = panel.getByRole("alertdialog");
    await expect(dialog).toContainText(`${prefix}/2031/1/Rev.1`);
    await dialog.getByRole("button", { name: "立即印发" }).click();
    await expect(panel.getByText("自上次印发以来没有修改。")).toBeVisible();
    // The history keeps who issued it, under which symbol, with the same changelog.
    await workspace.goto(session.id, "history");
    const issued = page.getByRole("listitem").filter({ hasText: "印发修订本" });
    await expect(issued).toContainText(`${prefix}/2031/1/Rev.1`);
    await expect(issued).toContainText("项目3改在5月1日会议（下午 3 时至 6 时）审议");

    // The delegate's open page follows without a reload: the new annotation, the symbol and the changelog.
    const revisions = reader.getByRole("region", { name: "修订情况" });
    await expect(revisions).toContainText(`${prefix}/2031/1/Rev.1`);
    await expect(revisions.getByRole("listitem").getByRole("listitem")).toHaveText([
      /^修订项目3的说明：预防贩运人口$/,
      /^项目3改在5月1日会议（下午 3 时至 6 时）审议$/,
    ]);
    await expect(reader.getByText(annotation)).toBeVisible();
    // The printed agenda carries the revision's symbol in its masthead.
    const print = await reader.request.get(`/zh/sessions/${session.slug}/print`);
    expect(await print.text()).toContain(`${prefix}/2031/1/Rev.1`);
  } finally {
    await reader.close();
    await removeBody(db, { id: body.id });
  }
});
