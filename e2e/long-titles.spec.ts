import type { Page } from "@playwright/test";
import type { Db } from "../lib/db";
import { expect, test, uniqueTag } from "./fixtures";

// Long agenda titles must wrap under themselves (a hanging indent), never under their number nor push the number
// onto a line of its own, and a title made of one enormous "word" must not widen the page past a phone's screen.

const LONG_EN =
  "Consideration of the implementation of the recommendations adopted by the Working Group at its previous meetings, including the exchange of good practices on international cooperation";
const LONG_AR =
  "النظر في تنفيذ التوصيات التي اعتمدها الفريق العامل في اجتماعاته السابقة، بما في ذلك تبادل الممارسات الجيدة في مجال التعاون الدولي وتقديم المساعدة التقنية";
const UNBROKEN = "x".repeat(300);

/** A draft session with long titles, then published, as the secretariat would; returns its slug and a cleanup. */
async function publishedSession(db: Db) {
  const tag = uniqueTag();
  const body = await db.body.create({ data: { name: { en: "E2E long titles" }, symbolPrefix: `E2E/LONG/${tag}` } });
  const final = { "title.ar": "FINAL" };
  const session = await db.session.create({
    data: {
      bodyId: body.id,
      ordinal: 1,
      slug: `long-${tag}`,
      title: { en: `Long titles ${tag}`, ar: `عناوين طويلة ${tag}` },
      venue: { en: "Vienna", ar: "فيينا" },
      timeZone: "Europe/Vienna",
      startDate: new Date("2031-05-01"),
      endDate: new Date("2031-05-02"),
      originalLanguage: "en",
      status: "DRAFT",
      translationStates: { ...final, "venue.ar": "FINAL" },
    },
  });
  const first = await db.agendaItem.create({
    data: { sessionId: session.id, position: 1, title: { en: LONG_EN, ar: LONG_AR }, translationStates: final },
  });
  await db.agendaItem.create({
    data: {
      sessionId: session.id,
      parentId: first.id,
      position: 1,
      title: { en: LONG_EN, ar: LONG_AR },
      translationStates: final,
    },
  });
  await db.agendaItem.create({
    data: { sessionId: session.id, position: 2, title: { en: UNBROKEN, ar: UNBROKEN }, translationStates: final },
  });
  await db.session.update({ where: { id: session.id }, data: { status: "PROVISIONAL" } });
  const cleanup = async () => {
    await db.session.deleteMany({ where: { bodyId: body.id } });
    await db.body.delete({ where: { id: body.id } });
  };
  return { slug: session.slug, cleanup };
}

interface RowGeometry {
  numberTop: number;
  /** One entry per line of the title: its top and the x where it starts (left in English, right in Arabic). */
  lines: Array<{ top: number; start: number }>;
  /** Where the number ends, on the side the title continues. */
  numberEnd: number;
}

/** The rows of the agenda in reading order: 0 is item 1, 1 its sub-item (a), 2 item 2 (the unbroken word). */
async function rowGeometry(page: Page, index: number): Promise<RowGeometry> {
  return page
    .locator("#agenda-heading + div [data-agenda-row]")
    .nth(index)
    .evaluate((row) => {
      const rtl = getComputedStyle(row).direction === "rtl";
      const number = row.querySelector("[data-agenda-number]")!.getBoundingClientRect();
      const link = row.querySelector("[data-agenda-title] a")!;
      // Fragments of the same line (e.g. around the <bdi>) share a top: keep the start-most one of each line.
      const byLine = new Map<number, number>();
      for (const rect of Array.from(link.getClientRects())) {
        if (rect.width === 0) continue;
        const top = Math.round(rect.top);
        const start = rtl ? rect.right : rect.left;
        const known = byLine.get(top);
        byLine.set(top, known === undefined ? start : rtl ? Math.max(known, start) : Math.min(known, start));
      }
      return {
        numberTop: number.top,
        numberEnd: rtl ? number.left : number.right,
        lines: [...byLine.entries()].sort((a, b) => a[0] - b[0]).map(([top, start]) => ({ top, start })),
      };
    });
}

function expectHangingIndent(row: RowGeometry, rtl: boolean) {
  expect(row.lines.length, "the long title wraps").toBeGreaterThan(1);
  expect(Math.abs(row.lines[0]!.top - row.numberTop), "number and title start on the same line").toBeLessThanOrEqual(3);
  for (const line of row.lines) {
    expect(
      Math.abs(line.start - row.lines[0]!.start),
      "every line of the title starts at the same x",
    ).toBeLessThanOrEqual(1);
    if (rtl) expect(line.start).toBeLessThan(row.numberEnd);
    else expect(line.start).toBeGreaterThan(row.numberEnd);
  }
}

for (const { locale, width, media } of [
  { locale: "en", width: 390, media: "screen" },
  { locale: "ar", width: 390, media: "screen" },
  { locale: "en", width: 390, media: "print" },
  { locale: "en", width: 1280, media: "screen" },
  { locale: "ar", width: 1280, media: "print" },
] as const) {
  test(`long agenda titles keep a hanging indent in ${locale} at ${width} px (${media})`, async ({ page, db }) => {
    const { slug, cleanup } = await publishedSession(db);
    try {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ media });
      const response = await page.goto(`/${locale}/sessions/${slug}`);
      expect(response?.status()).toBe(200);
      // At 1280 px the first title may fit on fewer lines; a narrower column is what the phone and print have.
      if (width > 400)
        await page
          .locator("#agenda-heading + div")
          .evaluate((list) => ((list as HTMLElement).style.maxWidth = "32rem"));
      for (const index of [0, 1, 2]) expectHangingIndent(await rowGeometry(page, index), locale === "ar");
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
      }));
      expect(widths.scroll, "the 300-character word does not widen the page").toBeLessThanOrEqual(widths.viewport);
    } finally {
      await cleanup();
    }
  });
}
