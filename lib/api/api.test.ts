import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, getDb } from "../db";
import { apiResponse } from "./response";
import { createOpenDataFixture, type OpenDataFixture } from "../testing/open-data-fixture";
import { openApiValidator } from "../testing/openapi-validator";
import { apiBodies, apiDocument, apiSession, apiSessions, type ApiResult } from "./loaders";
import { openApiDocument } from "./openapi";

const db = getDb();
const document = openApiDocument();
const validate = openApiValidator(document);
let fixture: OpenDataFixture;
let draftOnlyBodyId = "";

beforeAll(async () => {
  fixture = await createOpenDataFixture(db);
  const body = await db.body.create({
    data: { name: { en: `Drafts only ${fixture.tag}` }, symbolPrefix: `TEST/${fixture.tag}/DRAFTS` },
  });
  draftOnlyBodyId = body.id;
  await db.session.create({
    data: {
      bodyId: body.id,
      ordinal: 1,
      slug: `drafts-only-${fixture.tag}`,
      title: { en: "Draft" },
      venue: { en: "Nairobi" },
      timeZone: "Africa/Nairobi",
      startDate: new Date("2037-01-01"),
      endDate: new Date("2037-01-02"),
      originalLanguage: "en",
    },
  });
});

afterAll(async () => {
  await fixture.remove();
  await db.session.deleteMany({ where: { bodyId: draftOnlyBodyId } });
  await db.body.delete({ where: { id: draftOnlyBodyId } });
  await disconnectDb();
});

const q = (query = "") => new URLSearchParams(query);

/** The response as a client receives it, checked against the OpenAPI document for that path and status. */
async function served(path: string, result: ApiResult, headers: HeadersInit = {}) {
  const response = apiResponse(new Request(`http://localhost${path}`, { headers }), result);
  const body = response.status === 304 ? null : await response.json();
  if (body !== null)
    expect(
      validate(
        path
          .replace(/\?.*$/, "")
          .replace(/documents\/.*/, "documents/{symbol}")
          .replace(/sessions\/[^/]+$/, "sessions/{slug}"),
        String(response.status),
        body,
      ),
    ).toEqual([]);
  return { response, body };
}

describe("public API", () => {
  it("lists bodies with published sessions, not a body whose sessions are all drafts", async () => {
    const { body, response } = await served("/api/v1/bodies", await apiBodies(q("lang=fr")));
    const prefixes = body.data.map((b: { symbolPrefix: string }) => b.symbolPrefix);
    expect(prefixes).toContain(fixture.prefix);
    expect(prefixes).not.toContain(`TEST/${fixture.tag}/DRAFTS`);
    const mine = body.data.find((b: { symbolPrefix: string }) => b.symbolPrefix === fixture.prefix);
    expect(mine.name).toEqual({ text: `Groupe de travail ${fixture.tag}`, lang: "fr", fallback: false });
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toMatch(/public, max-age=\d+/);
  });

  it("filters sessions by body, year and status, one page at a time, drafts never included", async () => {
    const { body } = await served("/api/v1/sessions", await apiSessions(q(`body=${fixture.prefix}&year=2037`)));
    expect(body.data.map((s: { slug: string }) => s.slug)).toEqual([fixture.slug]);
    expect(body.pagination).toEqual({ page: 1, pageSize: 20, total: 1, totalPages: 1 });
    const closed = await served("/api/v1/sessions", await apiSessions(q(`body=${fixture.prefix}&status=CLOSED`)));
    expect(closed.body.data).toEqual([]);
    const otherYear = await served("/api/v1/sessions", await apiSessions(q(`body=${fixture.prefix}&year=2036`)));
    expect(otherYear.body.pagination.total).toBe(0);
    // A second published session of the body, for a list of two pages of one.
    await db.session.create({
      data: {
        bodyId: fixture.bodyId,
        ordinal: 3,
        slug: `open-data-later-${fixture.tag}`,
        title: { en: "Later meeting" },
        venue: { en: "Vienna" },
        timeZone: "Europe/Vienna",
        startDate: new Date("2038-03-01"),
        endDate: new Date("2038-03-02"),
        originalLanguage: "en",
        status: "ADOPTED",
      },
    });
    const first = await served("/api/v1/sessions", await apiSessions(q(`body=${fixture.prefix}&pageSize=1`)));
    expect(first.body.data.map((s: { slug: string }) => s.slug)).toEqual([`open-data-later-${fixture.tag}`]);
    expect(first.body.pagination).toEqual({ page: 1, pageSize: 1, total: 2, totalPages: 2 });
    expect(first.response.headers.get("link")).toContain('page=2>; rel="next"');
    const second = await served("/api/v1/sessions", await apiSessions(q(`body=${fixture.prefix}&pageSize=1&page=2`)));
    expect(second.body.data.map((s: { slug: string }) => s.slug)).toEqual([fixture.slug]);
    expect(second.response.headers.get("link")).toContain('rel="prev"');
  });

  it("answers 400 in its own shape to a parameter that does not fit", async () => {
    const { response, body } = await served("/api/v1/sessions", await apiSessions(q("pageSize=1000")));
    expect(response.status).toBe(400);
    expect(body.error.code).toBe("bad-request");
    expect((await served("/api/v1/bodies", await apiBodies(q("lang=xx")))).response.status).toBe(400);
  });

  it("gives a session with numbered nested items, documents and slots at the venue's offset", async () => {
    const { body } = await served(`/api/v1/sessions/${fixture.slug}`, await apiSession(fixture.slug, q("lang=zh")));
    expect(body.title).toEqual({ text: `开放数据会议 ${fixture.tag}`, lang: "zh", fallback: false });
    expect(body.items.map((i: { number: string }) => i.number)).toEqual(["1", "2"]);
    expect(body.items[0].children[0]).toMatchObject({
      number: "1(a)",
      title: { text: "Opening of the meeting", lang: "en", fallback: true },
    });
    expect(body.items[1].documents).toEqual([fixture.symbols.general, fixture.symbols.restricted]);
    expect(body.slots[0]).toMatchObject({
      start: `${fixture.day1}T10:00:00+02:00`,
      end: `${fixture.day1}T13:00:00+02:00`,
    });
    expect(body.slots[1].items).toEqual([
      { number: "2", title: { text: "International cooperation", lang: "en", fallback: true }, continued: true },
    ]);
    const restricted = body.documents.find((d: { symbol: string }) => d.symbol === fixture.symbols.restricted);
    expect(restricted.versions).toEqual([{ lang: "en", url: null, official: false }]);
    expect(JSON.stringify(body)).not.toContain("secret.pdf");
  });

  it("does not give a draft session", async () => {
    const { response } = await served(
      `/api/v1/sessions/${fixture.draftSlug}`,
      await apiSession(fixture.draftSlug, q()),
    );
    expect(response.status).toBe(404);
  });

  it("gives a document by its symbol, slashes and all, with where it is on the agenda", async () => {
    const parts = fixture.symbols.general.split("/");
    const { body } = await served(
      `/api/v1/documents/${fixture.symbols.general}`,
      await apiDocument(parts, q("lang=fr")),
    );
    // The French title is a draft translation: the original is given instead, and says so.
    expect(body.title).toEqual({ text: `Victims of trafficking ${fixture.tag}`, lang: "en", fallback: true });
    expect(body.versions).toEqual([
      { lang: "en", url: "https://example.org/en.pdf", official: false },
      { lang: "fr", url: `https://undocs.org/fr/${fixture.symbols.general}`, official: true },
    ]);
    expect(body.sessions).toEqual([expect.objectContaining({ slug: fixture.slug, items: ["2"] })]);
    const draftOnly = await apiDocument(fixture.symbols.draftOnly.split("/"), q());
    expect(draftOnly.status).toBe(404);
  });

  it("answers a repeated request with 304 when nothing changed", async () => {
    const first = await served("/api/v1/bodies", await apiBodies(q()));
    const etag = first.response.headers.get("etag") ?? "";
    expect(etag).toMatch(/^".+"$/);
    const again = await served("/api/v1/bodies", await apiBodies(q()), { "If-None-Match": etag });
    expect(again.response.status).toBe(304);
  });
});
