import { expect, SEED_SLUG, test } from "./fixtures";
import { createOpenDataFixture } from "../lib/testing/open-data-fixture";
import { openApiValidator } from "../lib/testing/openapi-validator";

test("the API page is reached from the list of sessions and renders the OpenAPI document", async ({ page }) => {
  await page.goto("/en");
  await page.getByRole("navigation", { name: "Open data" }).getByRole("link", { name: "Public API" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Public API");
  await expect(page.getByRole("heading", { name: "GET /api/v1/sessions/{slug}" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "GET /api/v1/documents/{symbol}" })).toBeVisible();
  await expect(page.getByRole("link", { name: "OpenAPI document (JSON)" })).toHaveAttribute(
    "href",
    "/api/v1/openapi.json",
  );
  await page.goto("/ar/api");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("واجهة البرمجة العامة");
});

test("a mission system reads the reference session through the documented API", async ({ request }) => {
  const spec = await (await request.get("/api/v1/openapi.json")).json();
  expect(spec.openapi).toBe("3.1.0");
  const validate = openApiValidator(spec);
  const read = async (path: string, template: string) => {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    const body = await response.json();
    expect(validate(template, "200", body), path).toEqual([]);
    return { body, etag: response.headers()["etag"] ?? "" };
  };
  const bodies = await read("/api/v1/bodies", "/api/v1/bodies");
  expect(bodies.body.data.map((b: { symbolPrefix: string }) => b.symbolPrefix)).toContain("CTOC/COP/WG.4");
  const list = await read("/api/v1/sessions?body=CTOC/COP/WG.4&year=2018", "/api/v1/sessions");
  expect(list.body.data.map((s: { slug: string }) => s.slug)).toContain(SEED_SLUG);
  const session = await read(`/api/v1/sessions/${SEED_SLUG}?lang=zh`, "/api/v1/sessions/{slug}");
  expect(session.body.title).toEqual({ text: "贩运人口问题工作组第八次会议", lang: "zh", fallback: false });
  expect(session.body.items[0].children.map((i: { number: string }) => i.number)).toEqual(["1(a)", "1(b)"]);
  expect(session.body.slots).toHaveLength(4);
  expect(session.body.slots[0].start).toBe("2018-07-02T10:00:00+02:00");
  const doc = await read("/api/v1/documents/CTOC/COP/WG.4/2018/2?lang=en", "/api/v1/documents/{symbol}");
  expect(doc.body.symbol).toBe("CTOC/COP/WG.4/2018/2");
  expect(doc.body.sessions[0]).toMatchObject({ slug: SEED_SLUG, items: ["2"] });
  // Unchanged since the last read: 304, no body. (The reference session: other specs add bodies meanwhile.)
  const again = await request.get(`/api/v1/sessions/${SEED_SLUG}?lang=zh`, {
    headers: { "If-None-Match": session.etag },
  });
  expect(again.status()).toBe(304);
});

test("drafts and Restricted links never reach the API", async ({ request, db }) => {
  const fixture = await createOpenDataFixture(db);
  try {
    expect((await request.get(`/api/v1/sessions/${fixture.draftSlug}`)).status()).toBe(404);
    expect((await request.get(`/api/v1/documents/${fixture.symbols.draftOnly}`)).status()).toBe(404);
    const session = await (await request.get(`/api/v1/sessions/${fixture.slug}`)).text();
    expect(session).not.toContain("secret.pdf");
    expect(session).not.toContain(`Draft meeting ${fixture.tag}`);
    const restricted = await (await request.get(`/api/v1/documents/${fixture.symbols.restricted}`)).json();
    expect(restricted.versions).toEqual([{ lang: "en", url: null, official: false }]);
    const bad = await request.get("/api/v1/sessions?status=DRAFT");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.code).toBe("bad-request");
  } finally {
    await fixture.remove();
  }
});
