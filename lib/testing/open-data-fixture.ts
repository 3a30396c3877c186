import { randomUUID } from "node:crypto";
import type { Db } from "../db";
import { removeBodyWithEverything } from "./cleanup";

/**
 * A body of its own with one published session (Vienna, two days, agenda 1, 1(a), 2, slots taking item 2 up
 * twice), one draft session the same days, and documents in several languages and distributions: what the
 * calendar, API, search and journal tests read. Each call makes fresh rows; `remove` deletes them all.
 */
export interface OpenDataFixture {
  tag: string;
  bodyId: string;
  prefix: string;
  slug: string;
  draftSlug: string;
  sessionId: string;
  day1: string;
  day2: string;
  slotIds: string[];
  symbols: { general: string; restricted: string; draftOnly: string };
  remove: () => Promise<void>;
}

export async function createOpenDataFixture(db: Db, day1 = "2037-07-02"): Promise<OpenDataFixture> {
  const tag = randomUUID().slice(0, 8);
  const prefix = `TEST/${tag}/WG.9`;
  const day2 = new Date(Date.parse(day1) + 86_400_000).toISOString().slice(0, 10);
  const body = await db.body.create({
    data: {
      name: { en: `Working Group ${tag}`, fr: `Groupe de travail ${tag}` },
      symbolPrefix: prefix,
      sessionTerm: "MEETING",
      translationStates: { "name.fr": "FINAL" },
    },
  });
  const session = await db.session.create({
    data: {
      bodyId: body.id,
      ordinal: 1,
      slug: `open-data-${tag}`,
      title: { en: `Open data meeting ${tag}`, zh: `开放数据会议 ${tag}` },
      venue: { en: "Vienna", zh: "维也纳" },
      timeZone: "Europe/Vienna",
      startDate: new Date(day1),
      endDate: new Date(day2),
      originalLanguage: "en",
      translationStates: { "title.zh": "FINAL", "venue.zh": "FINAL" },
      status: "PROVISIONAL",
    },
  });
  const draft = await db.session.create({
    data: {
      bodyId: body.id,
      ordinal: 2,
      slug: `open-data-draft-${tag}`,
      title: { en: `Draft meeting ${tag}` },
      venue: { en: "Geneva" },
      timeZone: "Europe/Zurich",
      startDate: new Date(day1),
      endDate: new Date(day2),
      originalLanguage: "en",
      status: "DRAFT",
    },
  });
  const general = await db.document.create({
    data: {
      symbol: `${prefix}/2037/2`,
      bodyId: body.id,
      kind: "BACKGROUND_PAPER",
      title: {
        en: `Victims of trafficking ${tag}`,
        zh: `贩运人口案件中的国际合作 ${tag}`,
        ar: `حقوق الضَّحايا ${tag}`,
        fr: `Brouillon non public ${tag}`,
      },
      // The French title is a draft translation: never public, never searchable.
      translationStates: { "title.zh": "FINAL", "title.ar": "FINAL", "title.fr": "DRAFT" },
      versions: { create: [{ locale: "en", url: "https://example.org/en.pdf" }, { locale: "fr" }] },
    },
  });
  const restricted = await db.document.create({
    data: {
      symbol: `${prefix}/2037/CRP.1`,
      bodyId: body.id,
      kind: "CONFERENCE_ROOM_PAPER",
      distribution: "RESTRICTED",
      title: { en: `Restricted paper ${tag}` },
      versions: { create: [{ locale: "en", url: "https://example.org/secret.pdf" }] },
    },
  });
  const draftOnly = await db.document.create({
    data: {
      symbol: `${prefix}/2037/INF.9`,
      bodyId: body.id,
      title: { en: `Draft only paper ${tag}` },
      versions: { create: [{ locale: "en", url: "https://example.org/draft.pdf" }] },
    },
  });
  const item1 = await db.agendaItem.create({
    data: { sessionId: session.id, position: 1, title: { en: "Organizational matters" } },
  });
  const item1a = await db.agendaItem.create({
    data: { sessionId: session.id, parentId: item1.id, position: 1, title: { en: "Opening of the meeting" } },
  });
  const item2 = await db.agendaItem.create({
    data: {
      sessionId: session.id,
      position: 2,
      title: { en: "International cooperation" },
      documents: {
        create: [
          { documentId: general.id, position: 1 },
          { documentId: restricted.id, position: 2 },
        ],
      },
    },
  });
  const draftItem = await db.agendaItem.create({
    data: {
      sessionId: draft.id,
      position: 1,
      title: { en: "Draft item" },
      documents: { create: [{ documentId: draftOnly.id, position: 1 }] },
    },
  });
  const slot = (sessionId: string, date: string, start: number, end: number, itemIds: string[]) =>
    db.timeSlot.create({
      data: {
        sessionId,
        date: new Date(date),
        startMinutes: start,
        endMinutes: end,
        items: { create: itemIds.map((itemId, i) => ({ itemId, position: i + 1 })) },
      },
    });
  const slots = [
    await slot(session.id, day1, 600, 780, [item1a.id, item2.id]),
    await slot(session.id, day1, 900, 1080, [item2.id]),
    await slot(session.id, day2, 600, 780, []),
  ];
  await slot(draft.id, day1, 660, 720, [draftItem.id]);
  return {
    tag,
    bodyId: body.id,
    prefix,
    slug: session.slug,
    draftSlug: draft.slug,
    sessionId: session.id,
    day1,
    day2,
    slotIds: slots.map((s) => s.id),
    symbols: { general: general.symbol, restricted: restricted.symbol, draftOnly: draftOnly.symbol },
    remove: () => removeBodyWithEverything(db, body.id),
  };
}
