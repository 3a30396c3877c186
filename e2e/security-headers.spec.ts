import type { Page } from "@playwright/test";
import { expect, SEED_SLUG, test } from "./fixtures";
import { hydrated } from "./hydration";

/**
 * Every page carries a strict Content-Security-Policy, and the pages still work under it: Next.js's scripts run
 * (the page hydrates) and the browser reports no violation. Pages that depend on who asks get a nonce of their
 * own per response; cached public pages are the same bytes for every reader, so theirs is the same too.
 */

function collectViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text()))
      violations.push(message.text());
  });
  return violations;
}

function expectCommonHeaders(headers: Record<string, string>, path: string) {
  const policy = headers["content-security-policy"] ?? "";
  expect(policy, path).not.toContain("unsafe-eval");
  expect(policy, path).toContain("frame-ancestors 'none'");
  expect(policy, path).toContain("object-src 'none'");
  expect(headers["x-frame-options"], path).toBe("DENY");
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  expect(headers["permissions-policy"], path).toContain("camera=()");
  // Served over plain HTTP here: no HSTS, which only means something over HTTPS.
  expect(headers["strict-transport-security"], path).toBeUndefined();
}

test("pages that depend on who asks send a new script nonce on every response", async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of ["/en/sign-in", "/zh/sign-in", "/en/sign-in?next=/en", "/ar/sign-in"]) {
    const headers = (await request.get(path)).headers();
    expectCommonHeaders(headers, path);
    const policy = headers["content-security-policy"] ?? "";
    expect(policy, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    nonces.add(/'nonce-([^']+)'/.exec(policy)?.[1] ?? "");
  }
  expect(nonces.size).toBe(4);
});

test("cached public pages send the security headers, no nonce, and may not be kept by any cache in front", async ({
  request,
}) => {
  for (const path of ["/en", `/zh/sessions/${SEED_SLUG}`, `/ar/sessions/${SEED_SLUG}`]) {
    const response = await request.get(path);
    const headers = response.headers();
    expectCommonHeaders(headers, path);
    expect(headers["content-security-policy"], path).toMatch(/script-src 'self' 'unsafe-inline'(;|$)/);
    expect(headers["cache-control"], path).toBe("public, max-age=0, must-revalidate");
    expect(await response.text(), path).not.toMatch(/nonce="[^"]/);
  }
});

test("the public session page hydrates under the policy without a single violation", async ({ page }) => {
  const violations = collectViolations(page);
  await page.goto(`/en/sessions/${SEED_SLUG}`);
  // The language switcher is the page's client component: it hydrates only if Next.js's scripts were allowed to run.
  await hydrated(page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Français" }));
  expect(violations).toEqual([]);
});

test("the secretariat's agenda editor works under the policy without a single violation", async ({
  secretariat,
  db,
}) => {
  const violations = collectViolations(secretariat);
  const session = await db.session.findUniqueOrThrow({ where: { slug: SEED_SLUG }, select: { id: true } });
  await secretariat.goto(`/en/admin/sessions/${session.id}/agenda`);
  await hydrated(secretariat.getByRole("form", { name: "Add an agenda item" }));
  expect(violations).toEqual([]);
});
