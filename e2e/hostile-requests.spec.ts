import { ACCOUNTS, DEMO_PASSWORD, expect, removeBody, SEED_SLUG, test, uniqueTag } from "./fixtures";
import { PublicSessionPage } from "./pages/public-session-page";
import { SignInPage } from "./pages/sign-in-page";
import { WORKSPACE_TABS, WorkspacePage } from "./pages/workspace-page";

/**
 * Requests anyone can send, which used to answer 500 (security review, issue 7). Each must get a deliberate
 * answer below 500, and every redirect must stay on this site.
 */

test("the home page redirects with a relative address behind a proxy", async ({ request }) => {
  const response = await request.get("/", {
    headers: { host: "plenary.example.org", "accept-language": "fr" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(307);
  expect(response.headers()["location"]).toBe("/fr");
});

test("an address that cannot be decoded is a bad request", async ({ request }) => {
  for (const path of ["/en/sessions/%E0%A4%A", "/en/sessions/%ED%A0%80", "/en/admin/sessions/%E0%A4%A/history"]) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(400);
  }
});

test("a malformed router state header is a bad request", async ({ request }) => {
  for (const state of ["garbage", "%", "[]", "{}", "[1]"]) {
    const response = await request.get(`/en/sessions/${SEED_SLUG}`, {
      headers: { rsc: "1", "next-router-state-tree": state },
    });
    expect(response.status(), state).toBe(400);
  }
  // A well-formed one is still served.
  const valid = await request.get("/en", {
    headers: { rsc: "1", "next-router-state-tree": encodeURIComponent('["",{"children":["__PAGE__",{}]}]') },
  });
  expect(valid.status()).toBeLessThan(500);
});

test("server actions posted from another site are refused with 403, a broken Origin with 400", async ({ request }) => {
  const post = (origin: string) =>
    request.post("/en/admin", {
      headers: { origin, "next-action": "7f".padEnd(42, "0"), "content-type": "text/plain;charset=UTF-8" },
      data: "[]",
      maxRedirects: 0,
    });
  expect((await post("https://evil.example")).status()).toBe(403);
  expect((await post("null")).status()).toBe(403);
  expect((await post("not an origin")).status()).toBe(400);
});

test("sign-out with a callback address no parser reads shows the sign-out page", async ({ request }) => {
  const response = await request.get("/api/auth/signout?callbackUrl=http://localhost:3941.evil.example/");
  expect(response.status()).toBe(200);
  expect(await response.text()).not.toContain("evil.example");
  const withCookie = await request.get("/api/auth/session", {
    headers: { cookie: `authjs.callback-url=${encodeURIComponent("http://localhost:3941.evil.example/")}` },
  });
  expect(withCookie.status()).toBe(200);
});

for (const [next, landing] of [
  ["/en/admin\nSet-Cookie: x=y", /\/en\/admin$/],
  ["/en/admin?q=会议", /\/en\/admin\?q=%E4%BC%9A%E8%AE%AE$/],
  ["http://localhost:3941.evil.example/", /\/en\/admin$/],
] as const) {
  test(`signing in with next=${JSON.stringify(next)} lands on this site`, async ({ page }) => {
    // A fresh sign-in with the right password: it never counts towards the account's throttling.
    const signInPage = new SignInPage(page);
    await signInPage.goto("en", next);
    await signInPage.fill(ACCOUNTS.SECRETARIAT, DEMO_PASSWORD);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      signInPage.submitButton.click(),
    ]);
    expect(response.status()).toBeLessThan(500);
    await page.waitForURL(landing);
    expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL ?? "http://127.0.0.1").host);
  });
}

test("history pages read their page number and item filter defensively", async ({ secretariat, db }) => {
  // Reads the reference session's history; changes nothing.
  const { id } = await db.session.findUniqueOrThrow({ where: { slug: SEED_SLUG }, select: { id: true } });
  for (const query of ["?page=1e308", "?page=-1", "?page=99999999", "?item=%00", "?item=x&page=2.5"]) {
    const response = await secretariat.goto(`/en/admin/sessions/${id}/history${query}`);
    expect(response?.status(), query).toBe(200);
  }
  expect((await secretariat.goto("/en/admin/sessions/%00"))?.status()).toBe(404);
});

test("a session stored with dates no form accepts still shows everywhere", async ({ secretariat, page, db }) => {
  const tag = uniqueTag();
  const body = await db.body.create({ data: { name: { en: "E2E far body" }, symbolPrefix: `E2E/${tag}` } });
  try {
    // What duplicating to 9999-12-31 used to store: an end in year 10000, and a slot on that day.
    const session = await db.session.create({
      data: {
        bodyId: body.id,
        ordinal: 1,
        slug: `far-${tag}`,
        title: { en: `Far session ${tag} \u202Efdp.exe` },
        venue: { en: "Geneva" },
        timeZone: "Europe/Zurich",
        startDate: new Date("9999-12-31"),
        endDate: new Date("+010000-01-01"),
        originalLanguage: "en",
        status: "PROVISIONAL",
        slots: { create: [{ date: new Date("+010000-01-01"), startMinutes: 600, endMinutes: 780 }] },
      },
    });
    const reader = new PublicSessionPage(page);
    expect((await reader.gotoList())?.status(), "/en").toBe(200);
    for (const locale of ["en", "ar", "zh"]) {
      expect((await reader.goto(`far-${tag}`, locale))?.status(), locale).toBe(200);
    }
    await expect(page.locator("h1 bdi")).toContainText(`Far session ${tag}`);
    const workspace = new WorkspacePage(secretariat);
    for (const tab of WORKSPACE_TABS) {
      expect((await workspace.goto(session.id, tab))?.status(), tab).toBe(200);
    }
    expect((await workspace.gotoSessions())?.status()).toBe(200);
  } finally {
    await removeBody(db, { id: body.id });
  }
});
