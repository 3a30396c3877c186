import { expect, removeBody, storageStatePath, test, uniqueTag } from "./fixtures";
import { hydrated } from "./hydration";
import { SessionOverviewPage } from "./pages/workspace-page";

// Two secretariat members edit the same session form, each from the version they loaded.
test("a save over someone else's change keeps their fields, and a field both changed is decided field by field", async ({
  browser,
  secretariat: pageA,
  db,
}) => {
  const tag = uniqueTag();
  const body = await db.body.create({ data: { name: { en: "E2E conflicts" }, symbolPrefix: `E2E/CONFLICT/${tag}` } });
  const context = await browser.newContext({ storageState: storageStatePath("SECRETARIAT") });
  try {
    const session = await db.session.create({
      data: {
        bodyId: body.id,
        ordinal: 1,
        slug: `conflict-${tag}`,
        title: { en: `Session ${tag}` },
        venue: { en: "Vienna" },
        timeZone: "Europe/Vienna",
        startDate: new Date("2031-05-01"),
        endDate: new Date("2031-05-02"),
        originalLanguage: "en",
        plenaryMeetings: 2,
      },
    });
    // The second member: another browser with the same stored sign-in (a second tab would share the first's state).
    const pageB = await context.newPage();
    const [a, b] = [new SessionOverviewPage(pageA), new SessionOverviewPage(pageB)];
    for (const member of [a, b]) {
      await member.goto(session.id);
      await hydrated(member.title);
    }

    await a.title.fill(`Title by A ${tag}`);
    await a.save();
    await a.expectSaved();
    // B never touched the title: saving the number of meetings keeps A's title.
    await b.plenaryMeetings.fill("7");
    await b.save();
    await b.expectSaved();
    expect(
      await db.session.findUniqueOrThrow({ where: { id: session.id }, select: { title: true, plenaryMeetings: true } }),
    ).toEqual({
      title: { en: `Title by A ${tag}` },
      plenaryMeetings: 7,
    });

    await a.title.fill(`Second title by A ${tag}`);
    await a.save();
    await a.expectSaved();
    await b.title.fill(`Title by B ${tag}`);
    await b.save();
    const notice = b.conflict();
    const title = notice.getByRole("group", { name: "Title" });
    await expect(title).toContainText(`Second title by A ${tag}`);
    await expect(title).toContainText(`Title by B ${tag}`);
    await expect(notice.getByRole("group")).toHaveCount(1);
    await expect
      .poll(
        async () => (await db.session.findUniqueOrThrow({ where: { id: session.id }, select: { title: true } })).title,
      )
      .toEqual({ en: `Second title by A ${tag}` });

    await title.getByRole("radio", { name: /Your text/ }).check();
    await b.save(notice.getByRole("button", { name: "Save with these choices" }));
    await expect(notice).toHaveCount(0);
    await b.expectSaved();
    await expect
      .poll(() =>
        db.session.findUniqueOrThrow({ where: { id: session.id }, select: { title: true, plenaryMeetings: true } }),
      )
      .toEqual({
        title: { en: `Title by B ${tag}` },
        plenaryMeetings: 7,
      });
  } finally {
    await context.close();
    await removeBody(db, { id: body.id });
  }
});
