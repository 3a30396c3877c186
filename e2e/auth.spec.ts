import type { Browser, Cookie, Page } from "@playwright/test";
import { ACCOUNTS, expect, SEED_SLUG, signIn, test, uniqueTag } from "./fixtures";

test("anonymous visitors are sent to sign in, even with a spoofed middleware header", async ({ page, request }) => {
  await page.goto("/en/admin");
  await expect(page).toHaveURL(/\/en\/sign-in\?next=/);
  for (const spoof of ["middleware", "middleware:middleware:middleware:middleware:middleware", "src/middleware", "proxy"]) {
    const response = await request.get("/en/admin", { headers: { "x-middleware-subrequest": spoof }, maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toContain("/en/sign-in");
  }
});

test("a wrong password is refused with a clear message in the reader's language", async ({ page }) => {
  await page.goto("/zh/sign-in");
  await page.locator("#email").fill("secretariat@plenary.test");
  await page.locator("#password").fill("not-the-password");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.locator("#sign-in-error")).toHaveText("电子邮件地址或密码不正确。请检查后重试。");
  await expect(page.locator("#email")).toHaveValue("secretariat@plenary.test");
});

test("the secretariat signs in, reaches the workspace and signs out", async ({ page }) => {
  await signIn(page, "SECRETARIAT");
  await expect(page).toHaveURL(/\/en\/admin$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sessions" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/en/admin");
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
    const session = (await (await context.request.get("/api/auth/session")).json()) as { user?: { email?: string } } | null;
    const admin = await context.request.get("/en/admin", { maxRedirects: 0 });
    return { email: session?.user?.email ?? null, admin: admin.status() === 307 ? (admin.headers()["location"] ?? "") : String(admin.status()) };
  } finally {
    await context.close();
  }
}

test("a session cookie copied before signing out is worthless afterwards", async ({ browser, secretariat }) => {
  const copied = await sessionCookies(secretariat);
  expect(await replay(browser, copied)).toEqual({ email: ACCOUNTS.SECRETARIAT, admin: "200" });
  await secretariat.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(secretariat.getByRole("link", { name: "Sign in" })).toBeVisible();
  const after = await replay(browser, copied);
  expect(after.email).toBeNull();
  expect(after.admin).toContain("/en/sign-in");
});

test("signing out everywhere ends the account's sign-ins on other devices too", async ({ browser, delegate }) => {
  const otherDevice = await browser.newContext();
  const other = await otherDevice.newPage();
  await signIn(other, "DELEGATE");
  const copied = await sessionCookies(other);
  expect((await replay(browser, copied)).email).toBe(ACCOUNTS.DELEGATE);
  await delegate.goto("/en");
  await delegate.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(delegate.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect((await replay(browser, copied)).email).toBeNull();
  await other.reload();
  await expect(other.getByRole("link", { name: "Sign in" })).toBeVisible();
  await otherDevice.close();
});

for (const role of ["DELEGATE", "CHAIR"] as const) {
  test(`a ${role.toLowerCase()} cannot open the secretariat workspace`, async ({ page }) => {
    await signIn(page, role);
    await page.goto("/en/admin");
    await expect(page.getByRole("heading", { name: "This page is for the secretariat" })).toBeVisible();
    await page.goto("/en/admin/sessions/new");
    await expect(page.getByRole("heading", { name: "This page is for the secretariat" })).toBeVisible();
    await expect(page.locator("form input#session-title")).toHaveCount(0);
  });
}

test("admin actions replayed without the secretariat's session change nothing", async ({ secretariat, browser, db }) => {
  const session = await db.session.findUniqueOrThrow({ where: { slug: SEED_SLUG }, select: { id: true, title: true, version: true } });
  await secretariat.goto(`/en/admin/sessions/${session.id}`);
  const title = secretariat.locator("#session-title");
  const original = await title.inputValue();
  await title.fill(`${original} ${uniqueTag()}`);
  const [actionRequest] = await Promise.all([
    secretariat.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
    secretariat.getByRole("button", { name: "Save changes" }).click(),
  ]);
  await expect(secretariat.getByRole("status")).toHaveText("Saved.");
  const saved = await db.session.findUniqueOrThrow({ where: { id: session.id }, select: { title: true, version: true } });

  // The very same request, replayed by an anonymous visitor and by a signed-in delegate.
  const replay = async (context: import("@playwright/test").BrowserContext) =>
    context.request.post(actionRequest.url(), {
      headers: { "next-action": actionRequest.headers()["next-action"] ?? "", "content-type": actionRequest.headers()["content-type"] ?? "text/plain" },
      data: actionRequest.postData() ?? "",
    });
  const anonymous = await browser.newContext();
  expect(await (await replay(anonymous)).text()).toContain("unauthenticated");
  const delegateContext = await browser.newContext();
  await signIn(await delegateContext.newPage(), "DELEGATE");
  expect(await (await replay(delegateContext)).text()).toContain("forbidden");
  expect(await db.session.findUniqueOrThrow({ where: { id: session.id }, select: { title: true, version: true } })).toEqual(saved);

  // Put the seed session back as it was.
  await db.session.update({ where: { id: session.id }, data: { title: session.title ?? {} } });
  await Promise.all([anonymous.close(), delegateContext.close()]);
});

test("restricted documents link only for signed-in readers", async ({ page, delegate, db }) => {
  const tag = uniqueTag();
  const seed = await db.session.findUniqueOrThrow({ where: { slug: SEED_SLUG }, select: { bodyId: true, items: { where: { parentId: null, position: 4 }, select: { id: true } } } });
  const itemId = seed.items[0]?.id ?? "";
  const doc = await db.document.create({
    data: {
      symbol: `CTOC/COP/WG.4/2018/CRP.${100 + Math.floor(Math.random() * 900_000)}`,
      bodyId: seed.bodyId,
      title: { en: `Restricted paper ${tag}` },
      distribution: "RESTRICTED",
      versions: { create: [{ locale: "en", url: `https://example.org/${tag}` }] },
      items: { create: [{ itemId, position: 1 }] },
    },
  });
  try {
    await page.goto(`/en/sessions/${SEED_SLUG}`);
    const entry = page.locator(`[data-symbol="${doc.symbol}"]`);
    await expect(entry).toContainText(`Restricted paper ${tag}`);
    await expect(entry.getByRole("link")).toHaveCount(0);
    await expect(entry).toContainText("Restricted distribution");

    await delegate.goto(`/en/sessions/${SEED_SLUG}`);
    await expect(delegate.locator(`[data-symbol="${doc.symbol}"]`).getByRole("link", { name: /English version/ })).toHaveAttribute("href", `https://example.org/${tag}`);
  } finally {
    await db.document.delete({ where: { id: doc.id } });
  }
});

test("repeated wrong passwords are slowed down with a clear message", async ({ page, db }) => {
  const email = `nobody-${uniqueTag()}@plenary.test`;
  const error = page.locator("#sign-in-error");
  // Waits for the action's answer itself, so a message left from the previous try is never mistaken for it.
  const submit = async (password: string) => {
    await page.locator("#email").fill(email);
    await page.locator("#password").fill(password);
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && Boolean(r.request().headers()["next-action"])),
      page.locator("form button[type=submit]").first().click(),
    ]);
  };
  try {
    await page.goto("/en/sign-in");
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
