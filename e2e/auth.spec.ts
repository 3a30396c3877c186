import type { Browser, Cookie, Page } from "@playwright/test";
import { ACCOUNTS, createOwnSession, expect, removeBody, signIn, test, uniqueTag } from "./fixtures";
import { hydrated } from "./hydration";
import { PublicSessionPage } from "./pages/public-session-page";
import { SignInPage } from "./pages/sign-in-page";
import { SessionOverviewPage, WorkspacePage } from "./pages/workspace-page";

// Tests that sign out use sign-ins of their own (a fresh one, or an account made for the test), never the
// shared stored sign-ins of the role fixtures, which other workers are using at the same moment.

test("anonymous visitors are sent to sign in, even with a spoofed middleware header", async ({ page, request }) => {
  await page.goto("/en/admin");
  await expect(page).toHaveURL(/\/en\/sign-in\?next=/);
  for (const spoof of [
    "middleware",
    "middleware:middleware:middleware:middleware:middleware",
    "src/middleware",
    "proxy",
  ]) {
    const response = await request.get("/en/admin", { headers: { "x-middleware-subrequest": spoof }, maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toContain("/en/sign-in");
  }
});

// The wrong password goes to an account of the test's own: guesses are counted per account and address.
test("a wrong password is refused with a clear message in the reader's language", async ({ page, ownDelegate }) => {
  const signInPage = new SignInPage(page);
  await signInPage.goto("zh");
  await signInPage.fill(ownDelegate.email, "not-the-password");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(signInPage.error).toHaveText("电子邮件地址或密码不正确。请检查后重试。");
  await expect(signInPage.email).toHaveValue(ownDelegate.email);
});

test("the secretariat signs in, reaches the workspace and signs out", async ({ page }) => {
  // A fresh sign-in: signing out ends only this one.
  await signIn(page, "SECRETARIAT");
  await expect(page).toHaveURL(/\/en\/admin$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sessions" })).toBeVisible();
  const header = new PublicSessionPage(page);
  await header.signOut.click();
  await expect(header.signInLink).toBeVisible();
  await new WorkspacePage(page).gotoSessions();
  await expect(page).toHaveURL(/\/en\/sign-in/);
});

async function sessionCookies(page: Page): Promise<Cookie[]> {
  const cookies = (await page.context().cookies()).filter((cookie) => cookie.name.includes("session-token"));
  expect(cookies).not.toHaveLength(0);
  return cookies;
}

/** What a fresh browser presenting copied cookies is told: who /api/auth/session says, and where /en/admin leads. */
async function replay(browser: Browser, cookies: Cookie[]): Promise<{ email: string | null; admin: string }> {
  const context = await browser.newContext();
  try {
    await context.addCookies(cookies);
    const session = (await (await context.request.get("/api/auth/session")).json()) as {
      user?: { email?: string };
    } | null;
    const admin = await context.request.get("/en/admin", { maxRedirects: 0 });
    return {
      email: session?.user?.email ?? null,
      admin: admin.status() === 307 ? (admin.headers()["location"] ?? "") : String(admin.status()),
    };
  } finally {
    await context.close();
  }
}

test("a session cookie copied before signing out is worthless afterwards", async ({ browser, page: secretariat }) => {
  await signIn(secretariat, "SECRETARIAT");
  const copied = await sessionCookies(secretariat);
  expect(await replay(browser, copied)).toEqual({ email: ACCOUNTS.SECRETARIAT, admin: "200" });
  await new PublicSessionPage(secretariat).signOut.click();
  await expect(secretariat.getByRole("link", { name: "Sign in" })).toBeVisible();
  const after = await replay(browser, copied);
  expect(after.email).toBeNull();
  expect(after.admin).toContain("/en/sign-in");
});

// "Everywhere" would end every worker's sign-in of a demo account: this account exists for this test only.
test("signing out everywhere ends the account's sign-ins on other devices too", async ({
  browser,
  page: delegate,
  ownDelegate,
}) => {
  await new SignInPage(delegate).signIn(ownDelegate.email, ownDelegate.password);
  const otherDevice = await browser.newContext();
  const other = await otherDevice.newPage();
  await new SignInPage(other).signIn(ownDelegate.email, ownDelegate.password);
  const copied = await sessionCookies(other);
  expect((await replay(browser, copied)).email).toBe(ownDelegate.email);
  const header = new PublicSessionPage(delegate);
  await header.gotoList();
  await header.signOutEverywhere.click();
  await expect(delegate.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect((await replay(browser, copied)).email).toBeNull();
  await other.reload();
  await expect(other.getByRole("link", { name: "Sign in" })).toBeVisible();
  await otherDevice.close();
});

for (const role of ["delegate", "chair"] as const) {
  test(`a ${role} cannot open the secretariat workspace`, async ({ delegate, chair }) => {
    const page = role === "delegate" ? delegate : chair;
    const workspace = new WorkspacePage(page);
    await workspace.gotoSessions();
    await expect(workspace.forbidden).toBeVisible();
    await page.goto("/en/admin/sessions/new");
    await expect(workspace.forbidden).toBeVisible();
    await expect(page.locator("form input#session-title")).toHaveCount(0);
  });
}

test("admin actions replayed without the secretariat's session change nothing", async ({
  secretariat,
  delegate,
  browser,
  db,
}) => {
  const tag = uniqueTag();
  const { body, session } = await createOwnSession(db, tag);
  try {
    const overview = new SessionOverviewPage(secretariat);
    await overview.goto(session.id);
    const title = secretariat.locator("#session-title");
    await hydrated(title);
    const original = await title.inputValue();
    await title.fill(`${original} ${uniqueTag()}`);
    const [actionRequest] = await Promise.all([
      secretariat.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
      overview.save(),
    ]);
    await expect(overview.status).toHaveText("Saved.");
    const saved = await db.session.findUniqueOrThrow({
      where: { id: session.id },
      select: { title: true, version: true },
    });

    // The very same request, replayed by an anonymous visitor and by a signed-in delegate.
    const replay = async (context: import("@playwright/test").BrowserContext) =>
      context.request.post(actionRequest.url(), {
        headers: {
          "next-action": actionRequest.headers()["next-action"] ?? "",
          "content-type": actionRequest.headers()["content-type"] ?? "text/plain",
        },
        data: actionRequest.postData() ?? "",
      });
    const anonymous = await browser.newContext();
    expect(await (await replay(anonymous)).text()).toContain("unauthenticated");
    expect(await (await replay(delegate.context())).text()).toContain("forbidden");
    expect(
      await db.session.findUniqueOrThrow({ where: { id: session.id }, select: { title: true, version: true } }),
    ).toEqual(saved);
    await anonymous.close();
  } finally {
    await removeBody(db, { id: body.id });
  }
});

test("restricted documents link only for signed-in readers", async ({ page, delegate, db }) => {
  const tag = uniqueTag();
  const { body, session } = await createOwnSession(db, tag);
  const itemId = session.items[0]?.id ?? "";
  const doc = await db.document.create({
    data: {
      symbol: `${body.symbolPrefix}/2031/CRP.1`,
      bodyId: body.id,
      title: { en: `Restricted paper ${tag}` },
      distribution: "RESTRICTED",
      versions: { create: [{ locale: "en", url: `https://example.org/${tag}` }] },
      items: { create: [{ itemId, position: 1 }] },
    },
  });
  try {
    const anonymous = new PublicSessionPage(page);
    await anonymous.goto(session.slug);
    const entry = anonymous.document(doc.symbol);
    await expect(entry).toContainText(`Restricted paper ${tag}`);
    await expect(entry.getByRole("link")).toHaveCount(0);
    await expect(entry).toContainText("Restricted distribution");

    const reader = new PublicSessionPage(delegate);
    await reader.goto(session.slug);
    await expect(reader.document(doc.symbol).getByRole("link", { name: /English version/ })).toHaveAttribute(
      "href",
      `https://example.org/${tag}`,
    );
  } finally {
    await removeBody(db, { id: body.id });
  }
});

test("repeated wrong passwords are slowed down with a clear message", async ({ page, db }) => {
  const email = `nobody-${uniqueTag()}@plenary.test`;
  const signInPage = new SignInPage(page);
  const error = signInPage.error;
  const submit = async (password: string) => {
    await signInPage.fill(email, password);
    await signInPage.submitAndWait();
  };
  try {
    await signInPage.goto();
    for (let attempt = 1; attempt <= 5; attempt++) {
      await submit(`wrong-${attempt}`);
      await expect(error).toHaveText("The e-mail address or password is not right. Check both and try again.");
    }
    // From the sixth, each guess must wait 2, 4, 8 … seconds after the last: one sent at once is told to wait.
    await expect(async () => {
      await submit("wrong-again");
      await expect(error).toHaveText("Too many wrong passwords. Wait 1 minute, then try again.", { timeout: 2_000 });
    }).toPass({ timeout: 60_000 });
  } finally {
    await db.signInAttempt.deleteMany({ where: { email } });
  }
});
