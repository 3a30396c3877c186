import { createUser } from "../lib/auth/mutations";
import type { Db } from "../lib/db";
import {
  ACCOUNTS,
  createOwnSession,
  DEMO_PASSWORD,
  expect,
  removeBody,
  SEED_SLUG,
  signIn,
  test,
  uniqueTag,
} from "./fixtures";
import { hydrated } from "./hydration";
import { ChairsPanel } from "./pages/chairs-panel";
import { PublicSessionPage } from "./pages/public-session-page";
import { SignInPage } from "./pages/sign-in-page";
import { WorkspacePage } from "./pages/workspace-page";

// Each test signs in afresh (a sign-in of its own): where a sign-in lands is what is tested. Accounts and
// sessions a test makes are its own, so the demo chair's sessions never change under another test.

async function ownChair(db: Db, tag: string) {
  const account = { email: `e2e-chair-${tag}@plenary.test`, name: `E2E Chair ${tag}`, password: DEMO_PASSWORD };
  const user = await createUser(db, { ...account, role: "CHAIR" });
  return { ...account, id: user.id };
}

async function removeAccount(db: Db, email: string): Promise<void> {
  await db.user.deleteMany({ where: { email } });
  await db.signInAttempt.deleteMany({ where: { email } });
}

test("the secretariat lands in the workspace", async ({ page }) => {
  await signIn(page, "SECRETARIAT");
  await expect(page).toHaveURL(/\/en\/admin$/);
});

test("a delegate lands on the list of sessions", async ({ page }) => {
  await signIn(page, "DELEGATE", "fr");
  await expect(page).toHaveURL(/\/fr$/);
});

test("the demo chair lands in the console of the session they chair", async ({ page, db }) => {
  const chaired = await db.session.findMany({
    where: { chairs: { some: { user: { email: ACCOUNTS.CHAIR } } } },
    select: { slug: true },
  });
  await signIn(page, "CHAIR");
  // The reference session alone, unless another spec has just made the demo chair chair one more.
  const expected = chaired.length === 1 ? `/en/sessions/${chaired[0]?.slug}/console` : "/en/console";
  await expect(page).toHaveURL((url) => url.pathname === expected);
  if (chaired.length === 1) expect(chaired[0]?.slug).toBe(SEED_SLUG);
});

test("a chair of one session lands in its console; of two, on the list of both", async ({ page, db }) => {
  const tag = uniqueTag();
  const first = await createOwnSession(db, tag);
  const second = await createOwnSession(db, `${tag}b`);
  const chair = await ownChair(db, tag);
  try {
    await db.sessionChair.create({ data: { sessionId: first.session.id, userId: chair.id } });
    const signInPage = new SignInPage(page);
    await signInPage.signIn(chair.email, chair.password);
    await expect(page).toHaveURL((url) => url.pathname === `/en/sessions/${first.session.slug}/console`);

    await db.sessionChair.create({ data: { sessionId: second.session.id, userId: chair.id } });
    await page.context().clearCookies();
    await signInPage.signIn(chair.email, chair.password);
    await expect(page).toHaveURL(/\/en\/console$/);
    await expect(page.getByRole("heading", { level: 1, name: "Your sessions" })).toBeVisible();
    for (const [{ session }, ownTag] of [
      [first, tag],
      [second, `${tag}b`],
    ] as const) {
      const title = `E2E session ${ownTag}`;
      await expect(page.getByRole("heading", { level: 2, name: title, exact: true })).toBeVisible();
      await expect(page.getByRole("link", { name: `Open the console — ${title}`, exact: true })).toHaveAttribute(
        "href",
        `/en/sessions/${session.slug}/console`,
      );
      await expect(page.getByRole("link", { name: `Public page — ${title}`, exact: true })).toHaveAttribute(
        "href",
        `/en/sessions/${session.slug}`,
      );
    }
  } finally {
    await removeAccount(db, chair.email);
    await removeBody(db, { id: first.body.id });
    await removeBody(db, { id: second.body.id });
  }
});

test("an anonymous deep link into the workspace comes back to that tab after signing in", async ({ page, db }) => {
  const { body, session } = await createOwnSession(db, uniqueTag());
  try {
    const tab = `/fr/admin/sessions/${session.id}/agenda`;
    await page.goto(tab);
    await expect(page).toHaveURL((url) => url.pathname === "/fr/sign-in" && url.searchParams.get("next") === tab);
    const signInPage = new SignInPage(page);
    await signInPage.fill(ACCOUNTS.SECRETARIAT, DEMO_PASSWORD);
    await signInPage.submitButton.click();
    await expect(page).toHaveURL((url) => url.pathname === tab);
    await expect(page.getByRole("navigation", { name: "Espace de travail du secrétariat" })).toBeVisible();
  } finally {
    await removeBody(db, { id: body.id });
  }
});

test("the header's sign-in link brings the reader back to the session page", async ({ page }) => {
  const publicPage = new PublicSessionPage(page);
  await publicPage.goto(SEED_SLUG);
  await publicPage.signInLink.click();
  await expect(page).toHaveURL(
    (url) => url.pathname === "/en/sign-in" && url.searchParams.get("next") === `/en/sessions/${SEED_SLUG}`,
  );
  const signInPage = new SignInPage(page);
  await signInPage.fill(ACCOUNTS.DELEGATE, DEMO_PASSWORD);
  await signInPage.submitButton.click();
  await expect(page).toHaveURL((url) => url.pathname === `/en/sessions/${SEED_SLUG}`);
  await expect(publicPage.signOut).toBeVisible();
});

test("the forbidden page shows a delegate and a chair the way to where they work", async ({ delegate, chair }) => {
  await new WorkspacePage(delegate).gotoSessions();
  await expect(new WorkspacePage(delegate).forbidden).toBeVisible();
  await expect(delegate.getByRole("link", { name: "Go to the list of sessions" })).toHaveAttribute("href", "/en");

  await new WorkspacePage(chair).gotoSessions();
  await expect(new WorkspacePage(chair).forbidden).toBeVisible();
  const consoles = chair.getByRole("navigation", { name: "The sessions you chair" }).getByRole("link");
  await expect(consoles.first()).toHaveAttribute("href", /^\/en\/sessions\/[^/]+\/console$/);
  await expect(chair.getByRole("navigation", { name: "The sessions you chair" })).toContainText("Console:");
});

test("a delegate has no list of consoles", async ({ delegate }) => {
  await delegate.goto("/en/console");
  await expect(new WorkspacePage(delegate).forbidden).toBeVisible();
});

test("the secretariat assigns a chair in the Overview tab and removes them again", async ({ secretariat, db }) => {
  const tag = uniqueTag();
  const { body, session } = await createOwnSession(db, tag);
  const chair = await ownChair(db, tag);
  try {
    await new WorkspacePage(secretariat).goto(session.id);
    const panel = new ChairsPanel(secretariat);
    await panel.expectChairs([]);
    await panel.assign(`${chair.name} (${chair.email})`);
    await panel.expectChairs([chair.name]);
    // Assigned once, the account is no longer offered.
    await expect(panel.select.getByRole("option", { name: chair.email })).toHaveCount(0);

    await panel.remove(chair.name);
    await panel.expectChairs([]);

    await new WorkspacePage(secretariat).goto(session.id, "history");
    const events = secretariat.getByRole("listitem").filter({ hasText: `${chair.name} <${chair.email}>` });
    await expect(events.filter({ hasText: "Chair assigned" })).toHaveCount(1);
    await expect(events.filter({ hasText: "Chair removed" })).toHaveCount(1);
  } finally {
    await removeAccount(db, chair.email);
    await removeBody(db, { id: body.id });
  }
});

test("a client cannot choose the page an anonymous visitor is sent back to", async ({ request }) => {
  for (const injected of ["https://evil.example/", "//evil.example", "/en/somewhere-else"]) {
    const response = await request.get("/en/admin/sessions/abc/history?page=2", {
      headers: { "x-plenary-path": injected },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(307);
    const location = new URL(response.headers()["location"] ?? "", "http://plenary.invalid");
    expect(location.pathname).toBe("/en/sign-in");
    expect(location.searchParams.get("next")).toBe("/en/admin/sessions/abc/history?page=2");
  }
});

test("switching language on the sign-in page still comes back to the page", async ({ page }) => {
  const publicPage = new PublicSessionPage(page);
  await publicPage.goto(SEED_SLUG);
  await publicPage.signInLink.click();
  await expect(page).toHaveURL((url) => url.searchParams.get("next") === `/en/sessions/${SEED_SLUG}`);
  const french = publicPage.languages.getByRole("link", { name: "Français" });
  await hydrated(french);
  await french.click();
  await expect(page).toHaveURL(
    (url) => url.pathname === "/fr/sign-in" && url.searchParams.get("next") === `/en/sessions/${SEED_SLUG}`,
  );
  const signInPage = new SignInPage(page);
  await signInPage.fill(ACCOUNTS.DELEGATE, DEMO_PASSWORD);
  await signInPage.submitButton.click();
  await expect(page).toHaveURL((url) => url.pathname === `/en/sessions/${SEED_SLUG}`);
});
