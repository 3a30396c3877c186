import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, getDb } from "../db";
import { getPublicSession } from "../sessions/data";
import { buildSessionView } from "../sessions/session-view";
import { REFERENCE_SESSION_SLUG } from "./reference-session";
import { seedReferenceSession } from "./mutations";

const db = getDb();
let existedBefore = false;

beforeAll(async () => {
  existedBefore = (await db.session.count({ where: { slug: REFERENCE_SESSION_SLUG } })) > 0;
});

afterAll(async () => {
  // Leave a developer's demo data as it was; remove only what this test created.
  if (!existedBefore) {
    const session = await db.session.findUnique({
      where: { slug: REFERENCE_SESSION_SLUG },
      select: { id: true, bodyId: true },
    });
    if (session) {
      await db.session.delete({ where: { id: session.id } });
      await db.document.deleteMany({ where: { bodyId: session.bodyId } });
      await db.body.deleteMany({ where: { symbolPrefix: "CTOC/COP/WG.4" } });
      await db.body.deleteMany({ where: { symbolPrefix: "CTOC/COP" } });
      await db.systemSetting.deleteMany({ where: { key: "seed:reference-session" } });
    }
  }
  await disconnectDb();
});

describe("seedReferenceSession", () => {
  it("writes exactly the reference structure, however often it runs", async () => {
    await seedReferenceSession(db);
    await seedReferenceSession(db);

    const session = await getPublicSession(db, REFERENCE_SESSION_SLUG, false);
    expect(session).not.toBeNull();
    if (!session) return;
    expect(session.ordinal).toBe(8);
    expect(session.status).toBe("PROVISIONAL");
    expect(session.body.parent?.symbolPrefix).toBe("CTOC/COP");
    expect(session.items).toHaveLength(7);
    expect(await db.document.count({ where: { symbol: { startsWith: "CTOC/COP/WG.4/2018/" } } })).toBe(2);

    const zh = buildSessionView(session, "zh");
    expect(zh.items.map((item) => [item.number, item.title?.text])).toEqual([
      ["1", "组织事项"],
      ["2", "贩运人口案件中的国际合作：考虑受害者的需求和权利"],
      ["3", "拟订用于审议《禁止贩运人口议定书》实施情况的调查问卷"],
      ["4", "其他事项"],
      ["5", "通过报告"],
    ]);
    expect(zh.items[0]?.children.map((item) => item.number)).toEqual(["1(a)", "1(b)"]);
    // French numbers hold spaces ("1 a)"); element ids come from places instead.
    expect(buildSessionView(session, "fr").items[0]?.children.map((item) => [item.number, item.anchor])).toEqual([
      ["1 a)", "item-1-1"],
      ["1 b)", "item-1-2"],
    ]);
    expect(zh.items[0]?.children[1]?.annotation?.text.split("\n\n")).toHaveLength(3);
    expect(zh.items[1]?.documents.map((d) => d.symbol)).toEqual(["CTOC/COP/WG.4/2018/2"]);
    expect(zh.items[2]?.documents.map((d) => d.symbol)).toEqual(["CTOC/COP/WG.4/2018/CRP.1"]);
    expect(zh.items[2]?.annotation?.markdown).toContain("[CTOC/COP/WG.4/2018/CRP.1](#doc-CTOC-COP-WG.4-2018-CRP.1)");

    // The reference English is the UN's own published text: final, so shown as English, not as a draft.
    const en = buildSessionView(session, "en");
    expect(en.items.map((item) => [item.title?.text, item.title?.isFallback])).toEqual([
      ["Organizational matters", false],
      ["International cooperation in trafficking in persons cases: considering the needs and rights of victims", false],
      [
        "Development of the questionnaire for the review of implementation of the Trafficking in Persons Protocol",
        false,
      ],
      ["Other matters", false],
      ["Adoption of the report", false],
    ]);
    expect(session.title.en).toBe("Eighth meeting of the Working Group on Trafficking in Persons");

    const slots = zh.days.flatMap((day) =>
      day.slots.map((slot) => slot.entries.map((e) => `${e.number}${e.continued ? "*" : ""}`)),
    );
    expect(slots).toEqual([["1(a)", "1(b)", "2"], ["2*", "3"], ["3*"], ["4", "5"]]);
  });
  it("restores the reference documents exactly: a changed distribution and an added document do not stay", async () => {
    const { sessionId } = await seedReferenceSession(db);
    const { bodyId } = await db.session.findUniqueOrThrow({ where: { id: sessionId }, select: { bodyId: true } });
    const crp = "CTOC/COP/WG.4/2018/CRP.1";
    await db.document.update({
      where: { symbol: crp },
      data: { distribution: "RESTRICTED", issuedOn: new Date("2018-06-01") },
    });
    const added = `CTOC/COP/WG.4/2018/CRP.${process.pid}`;
    await db.document.create({ data: { symbol: added, bodyId, title: { en: "Added to the reference session" } } });
    // A duplicated session of the same body lists a document of its own: the registry is shared, that one stays.
    const kept = `CTOC/COP/WG.4/2019/CRP.${process.pid}`;
    const other = await db.session.create({
      data: {
        bodyId,
        ordinal: 9,
        slug: `seed-test-${process.pid}`,
        title: { en: "Ninth" },
        venue: { en: "Vienna" },
        timeZone: "Europe/Vienna",
        startDate: new Date("2019-07-01"),
        endDate: new Date("2019-07-02"),
        originalLanguage: "en",
        items: {
          create: {
            position: 1,
            title: { en: "Item" },
            documents: {
              create: { position: 1, document: { create: { symbol: kept, bodyId, title: { en: "Kept" } } } },
            },
          },
        },
      },
    });
    try {
      await seedReferenceSession(db);
      const restored = await db.document.findUniqueOrThrow({ where: { symbol: crp } });
      expect([restored.distribution, restored.issuedOn]).toEqual(["GENERAL", null]);
      expect(await db.document.count({ where: { symbol: added } })).toBe(0);
      expect(await db.document.count({ where: { symbol: kept } })).toBe(1);
    } finally {
      await db.session.delete({ where: { id: other.id } });
      await db.document.deleteMany({ where: { symbol: { in: [added, kept] } } });
    }
  });
});
