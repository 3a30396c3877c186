import { expect, SEED_SLUG, test } from "./fixtures";

/** Requests anyone can send that Next.js would answer with a 500 (second security review, issue 7). */

// TRACE, TRACK and CONNECT never reach the proxy: Next.js fails building its Request for them (a limit of the
// framework, noted in the README). Every other method no page answers is refused here.
test("methods no page answers get 405, not 500", async ({ request }) => {
  for (const path of ["/", `/en/sessions/${SEED_SLUG}`, "/api/auth/session"]) {
    for (const method of ["PUT", "DELETE", "PATCH", "PROPFIND"]) {
      const response = await request.fetch(path, { method, maxRedirects: 0 });
      expect(response.status(), `${method} ${path}`).toBe(405);
    }
  }
});

test("a server-action post whose body cannot be decoded is a bad request", async ({ request }) => {
  for (const body of ["not json", "", "[", '[{"a":"$2"}]', '["$Q9"]']) {
    const response = await request.post(`/en/sessions/${SEED_SLUG}`, {
      headers: { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
      data: body,
      maxRedirects: 0,
    });
    expect(response.status(), JSON.stringify(body)).toBe(400);
  }
});

test("odd addresses next to the favicon are checked like any other", async ({ request }) => {
  expect((await request.get("/favicon.ico%E0", { maxRedirects: 0 })).status()).toBe(400);
  const notFound = await request.get("/favicon.icoabc/x", { maxRedirects: 0 });
  expect(notFound.status()).toBe(404);
  expect(notFound.headers()["content-security-policy"]).toContain("'strict-dynamic'");
});
