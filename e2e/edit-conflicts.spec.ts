import { expect, signIn, test, uniqueTag } from "./fixtures";
import { hydrated } from "./hydration";

// Two secretariat members edit the same session form, each from the version they loaded.
test("a save over someone else's change keeps their fields, and a field both changed is decided field by field", async ({ browser, secretariat: a, db }) => {
  const tag = uniqueTag();
  const body = await db.body.create({ data: { name: { en: "E2E conflicts" }, symbolPrefix: `E2E/CONFLICT/${tag}` } });
  const context = await browser.newContext();
  try {
    const session = await db.session.create({
      data: {
        bodyId: body.id, ordinal: 1, slug: `conflict-${tag}`, title: { en: `Session ${tag}` }, venue: { en: "Vienna" }, timeZone: "Europe/Vienna",
        startDate: new Date("2031-05-01"), endDate: new Date("2031-05-02"), originalLanguage: "en", plenaryMeetings: 2,
      },
    });
    const b = await context.newPage();
    await signIn(b, "SECRETARIAT");
    for (const page of [a, b]) {
      await page.goto(`/en/admin/sessions/${session.id}`);
      await hydrated(page.getByLabel("Title", { exact: true }));
    }

    await a.getByLabel("Title", { exact: true }).fill(`Title by A ${tag}`);
    await a.getByRole("button", { name: "Save changes" }).click();
    await expect(a.getByText("Saved.")).toBeVisible();
    // B never touched the title: saving the number of meetings keeps A's title.
    await b.getByLabel("Plenary meetings").fill("7");
    await b.getByRole("button", { name: "Save changes" }).click();
    await expect(b.getByText("Saved.")).toBeVisible();
    expect(await db.session.findUniqueOrThrow({ where: { id: session.id }, select: { title: true, plenaryMeetings: true } })).toEqual({
      title: { en: `Title by A ${tag}` },
      plenaryMeetings: 7,
    });

    await a.getByLabel("Title", { exact: true }).fill(`Second title by A ${tag}`);
    await a.getByRole("button", { name: "Save changes" }).click();
    await expect(a.getByText("Saved.")).toBeVisible();
    await b.getByLabel("Title", { exact: true }).fill(`Title by B ${tag}`);
    await b.getByRole("button", { name: "Save changes" }).click();
    const notice = b.getByRole("alert").filter({ hasText: "You both changed the fields below" });
    const title = notice.getByRole("group", { name: "Title" });
    await expect(title).toContainText(`Second title by A ${tag}`);
    await expect(title).toContainText(`Title by B ${tag}`);
    await expect(notice.getByRole("group")).toHaveCount(1);
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id }, select: { title: true } })).title).toEqual({ en: `Second title by A ${tag}` });

    await title.getByRole("radio", { name: /Your text/ }).check();
    await notice.getByRole("button", { name: "Save with these choices" }).click();
    await expect(b.getByText("Saved.")).toBeVisible();
    expect(await db.session.findUniqueOrThrow({ where: { id: session.id }, select: { title: true, plenaryMeetings: true } })).toEqual({
      title: { en: `Title by B ${tag}` },
      plenaryMeetings: 7,
    });
  } finally {
    await context.close();
    const sessions = await db.session.findMany({ where: { bodyId: body.id }, select: { id: true } });
    await db.auditEvent.deleteMany({ where: { sessionId: { in: sessions.map((s) => s.id) } } });
    await db.session.deleteMany({ where: { bodyId: body.id } });
    await db.body.delete({ where: { id: body.id } });
  }
});
