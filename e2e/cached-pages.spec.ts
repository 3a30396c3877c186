import { expect } from "@playwright/test";
import { createOwnSession, removeBody, test, uniqueTag } from "./fixtures";
import { hydrated } from "./hydration";
import { PublicSessionPage } from "./pages/public-session-page";
import { SessionOverviewPage } from "./pages/workspace-page";
import { publishSession } from "./publish";

/**
 * Public pages are served from the page cache: the same bytes for every reader, current after every write.
 * What differs for a signed-in reader is fetched by their browser from /api/viewer.
 */

async function restrictedSession(db: Parameters<typeof createOwnSession>[0], tag: string) {
  const { body, session } = await createOwnSession(db, tag);
  const document = await db.document.create({
    data: {
      symbol: `${body.symbolPrefix}/2031/CRP.9`,
      bodyId: body.id,
      title: { en: `Restricted paper ${tag}` },
      distribution: "RESTRICTED",
      versions: { create: [{ locale: "en", url: `https://example.org/restricted-${tag}` }] },
      items: { create: [{ itemId: session.items[0]?.id ?? "", position: 1 }] },
    },
  });
  return { body, session, document };
}

test("anonymous and signed-in readers receive the same cached bytes, without Restricted links", async ({
  playwright,
  delegate,
  db,
  baseURL,
}) => {
  const tag = uniqueTag();
  const { body, session } = await restrictedSession(db, tag);
  try {
    const path = `/en/sessions/${session.slug}`;
    const anonymous = await playwright.request.newContext({ baseURL });
    const first = await anonymous.get(path);
    expect(first.status()).toBe(200);
    const again = await anonymous.get(path);
    expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
    expect(again.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
    const signedIn = await delegate.context().request.get(path);
    const html = await again.text();
    expect(await signedIn.text()).toBe(html);
    expect(html).not.toContain(`restricted-${tag}`);
    expect(html).not.toContain("delegate@plenary.test");
    // The client router's payload of the same page carries no link either.
    const payload = await delegate.context().request.get(`${path}?_rsc=1`, { headers: { RSC: "1" } });
    expect(await payload.text()).not.toContain(`restricted-${tag}`);
    await anonymous.dispose();
  } finally {
    await removeBody(db, { id: body.id });
  }
});

test("the browser of a signed-in delegate fetches the menu and the Restricted links; an anonymous one fetches nothing", async ({
  page,
  delegate,
  db,
}) => {
  const tag = uniqueTag();
  const { body, session, document } = await restrictedSession(db, tag);
  try {
    const viewerRequests: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/api/viewer")) viewerRequests.push(request.url());
    });
    const anonymous = new PublicSessionPage(page);
    await anonymous.goto(session.slug);
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(anonymous.document(document.symbol).getByRole("link")).toHaveCount(0);
    expect(viewerRequests).toEqual([]);

    const reader = new PublicSessionPage(delegate);
    const extras = delegate.waitForResponse((response) => response.url().includes("/api/viewer"));
    await reader.goto(session.slug);
    const response = await extras;
    expect(response.headers()["cache-control"]).toBe("private, no-store");
    await expect(delegate.getByText(/Signed in as .+ \(Delegate\)/)).toBeVisible();
    await expect(reader.document(document.symbol).getByRole("link", { name: /English version/ })).toHaveAttribute(
      "href",
      `https://example.org/restricted-${tag}`,
    );
    await expect(reader.document(document.symbol)).not.toContainText("available to signed-in delegates");
  } finally {
    await removeBody(db, { id: body.id });
  }
});

test("a change saved in the workspace is on the public page at the next request", async ({
  secretariat,
  playwright,
  db,
  baseURL,
}) => {
  const tag = uniqueTag();
  const { body, session } = await createOwnSession(db, tag);
  const anonymous = await playwright.request.newContext({ baseURL });
  try {
    const path = `/en/sessions/${session.slug}`;
    await anonymous.get(path);
    expect((await anonymous.get(path)).headers()["x-nextjs-cache"]).toBe("HIT");

    const overview = new SessionOverviewPage(secretariat);
    await overview.goto(session.id);
    await hydrated(overview.title);
    await overview.title.fill(`Renamed session ${tag}`);
    await overview.save();

    expect(await (await anonymous.get(path)).text()).toContain(`Renamed session ${tag}`);
    expect(await (await anonymous.get("/en")).text()).toContain(`Renamed session ${tag}`);
  } finally {
    await anonymous.dispose();
    await removeBody(db, { id: body.id });
  }
});

test("a draft is never served, and its address serves the session as soon as it is published", async ({
  secretariat,
  playwright,
  db,
  baseURL,
}) => {
  const tag = uniqueTag();
  const { body, session } = await createOwnSession(db, tag);
  await db.session.update({ where: { id: session.id }, data: { status: "DRAFT" } });
  const anonymous = await playwright.request.newContext({ baseURL });
  try {
    const path = `/en/sessions/${session.slug}`;
    expect((await anonymous.get(path)).status()).toBe(404);
    expect((await anonymous.get(path)).status()).toBe(404);
    expect(await (await anonymous.get("/en")).text()).not.toContain(`E2E session ${tag}`);

    // The secretariat reads the draft as the public will, in the workspace.
    await new SessionOverviewPage(secretariat).goto(session.id, "preview");
    await expect(secretariat.getByRole("note")).toContainText("as the public will read it");
    await expect(secretariat.getByRole("heading", { level: 1, name: `E2E session ${tag}` }).last()).toBeVisible();
    await expect(secretariat.getByRole("heading", { name: "Provisional agenda" })).toBeVisible();
    expect((await anonymous.get(path)).status()).toBe(404);

    await new SessionOverviewPage(secretariat).goto(session.id);
    await publishSession(secretariat, "en");

    const published = await anonymous.get(path);
    expect(published.status()).toBe(200);
    expect(await published.text()).toContain(`E2E session ${tag}`);
  } finally {
    await anonymous.dispose();
    await removeBody(db, { id: body.id });
  }
});
