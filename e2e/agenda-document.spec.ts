import { expect, SEED_SLUG, test, uniqueTag } from "./fixtures";

// The agenda as the secretariat publishes it: print view, PDF and Word, reached from the public page.

for (const locale of ["zh", "en", "ar"] as const) {
  test(`the print view of the reference session is the UN document alone, in ${locale}`, async ({ page }, info) => {
    await page.goto(`/${locale}/sessions/${SEED_SLUG}`);
    await page
      .getByRole("group", { name: /Download|下载|تنزيل/u })
      .getByRole("link")
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/sessions/${SEED_SLUG}/print$`, "u"));
    await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    await expect(page.locator(".masthead .symbol")).toHaveText("CTOC/COP/WG.4/2018/1");
    await expect(page.getByText("Distr.: General")).toBeVisible();
    // No site around it: no brand, no header, no language switcher, no badges.
    await expect(page.getByText("Plenary")).toHaveCount(0);
    await expect(page.locator("nav, script")).toHaveCount(0);
    const heading = { zh: "临时议程", en: "Provisional agenda", ar: "جدول الأعمال المؤقت" }[locale];
    await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
    await expect(page.locator("ol.agenda > li")).toHaveCount(5);
    await expect(page.locator("table.work tbody tr")).toHaveCount(10);
    await info.attach(`print-${locale}.png`, {
      body: await page.screenshot({ fullPage: true }),
      contentType: "image/png",
    });
  });
}

test("the agenda downloads as a PDF and as a Word file", async ({ request }) => {
  const pdf = await request.get(`/zh/sessions/${SEED_SLUG}/agenda.pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toContain("CTOC_COP_WG.4_2018_1-zh.pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  const docx = await request.get(`/en/sessions/${SEED_SLUG}/agenda.docx`);
  expect(docx.status()).toBe(200);
  expect(docx.headers()["content-type"]).toBe(
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  );
  expect(docx.headers()["content-disposition"]).toContain('attachment; filename="CTOC_COP_WG.4_2018_1-en.docx"');
  expect((await docx.body()).subarray(0, 2).toString()).toBe("PK");
});

test("a draft has no print view, PDF or Word file", async ({ request, db }) => {
  const tag = uniqueTag();
  const body = await db.body.create({ data: { name: { en: "E2E body" }, symbolPrefix: `E2E/${tag}` } });
  try {
    await db.session.create({
      data: {
        bodyId: body.id,
        ordinal: 1,
        slug: `draft-doc-${tag}`,
        title: { en: `Draft ${tag}` },
        venue: { en: "Geneva" },
        timeZone: "Europe/Zurich",
        startDate: new Date("2030-05-01"),
        endDate: new Date("2030-05-02"),
        originalLanguage: "en",
        status: "DRAFT",
      },
    });
    for (const path of ["print", "agenda.pdf", "agenda.docx"]) {
      expect((await request.get(`/en/sessions/draft-doc-${tag}/${path}`)).status()).toBe(404);
    }
  } finally {
    await db.session.deleteMany({ where: { bodyId: body.id } });
    await db.body.delete({ where: { id: body.id } });
  }
});

test("the secretariat titles the agenda document on the Session tab and the print view shows it", async ({
  secretariat,
  db,
}) => {
  const tag = uniqueTag();
  const body = await db.body.create({ data: { name: { en: "E2E body" }, symbolPrefix: `E2E/${tag}` } });
  try {
    const session = await db.session.create({
      data: {
        bodyId: body.id,
        ordinal: 3,
        slug: `titled-${tag}`,
        title: { en: `Third meeting ${tag}` },
        venue: { en: "Vienna" },
        timeZone: "Europe/Vienna",
        startDate: new Date("2030-05-02"),
        endDate: new Date("2030-05-03"),
        originalLanguage: "en",
        status: "PROVISIONAL",
      },
    });
    await secretariat.goto(`/en/admin/sessions/${session.id}`);
    await secretariat.getByLabel("Title of the agenda document").fill("Provisional agenda and annotations");
    await secretariat.getByRole("button", { name: "Save changes" }).click();
    await expect(secretariat.getByText("Saved.")).toBeVisible();
    await secretariat.goto(`/en/sessions/titled-${tag}/print`);
    await expect(secretariat.getByRole("heading", { level: 1 })).toHaveText("Provisional agenda and annotations");
    // The body calls its gatherings sessions (the default), so the session line says so.
    await expect(secretariat.getByText("Third session", { exact: true })).toBeVisible();
    await expect(secretariat.getByText("Vienna, 2 and 3 May 2030")).toBeVisible();
  } finally {
    await db.auditEvent.deleteMany({ where: { session: { bodyId: body.id } } });
    await db.session.deleteMany({ where: { bodyId: body.id } });
    await db.body.delete({ where: { id: body.id } });
  }
});
